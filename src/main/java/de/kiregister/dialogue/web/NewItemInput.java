package de.kiregister.dialogue.web;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/** KI-Hub's refused new item, carried across the redirect so the form shows the message and keeps the input. */
record NewItemInput(@Nullable String party, @Nullable String title, @Nullable String description, Problem problem)
        implements Serializable {
}

package de.kiregister.test;

/** Placeholder until the browser extension lands. */
public class BrowserExtension implements org.junit.jupiter.api.extension.Extension {
}

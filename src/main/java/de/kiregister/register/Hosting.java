package de.kiregister.register;

/** Where the system runs; the basis of the digital-sovereignty view. */
public enum Hosting {
    OWN_DATA_CENTRE, MUNICIPAL_IT_PROVIDER, EU_CLOUD, NON_EU_CLOUD
}

package de.kiregister.classification;

/** The city's role under the AI Act for one system. */
public enum AiActRole {

    /** Develops or commissions it under its own name (Art. 3(3)) or becomes provider under Art. 25(1). */
    PROVIDER,

    /** Uses it under its own authority (Art. 3(4)). */
    DEPLOYER
}

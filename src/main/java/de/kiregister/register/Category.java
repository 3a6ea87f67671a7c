package de.kiregister.register;

/** What kind of AI application it is. */
public enum Category {
    CHATBOT, TRANSLATION, TRANSCRIPTION, DOCUMENT_EXTRACTION, SEARCH, FORECASTING, CODE_ASSISTANT, IMAGE_VIDEO_ANALYSIS, OTHER
}

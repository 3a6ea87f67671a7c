package de.kiregister.publication.web;

import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.kiregister.publication.domain.PublicEntry;
import de.kiregister.publication.domain.PublicationSettings;
import de.kiregister.publication.domain.PublishedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The Atom feed (RFC 4287) of new and changed entries: one entry per use case on the register, newest
 * publication first, with the id of its public page, so a feed reader shows a republished entry as updated. Written
 * with the JDK's StAX writer, which escapes every text; characters XML cannot carry are dropped.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private final PublicationSettings settings;
    private final MessageSource messages;
    private final Locale locale;

    AtomFeed(PublicationSettings settings, MessageSource messages, Locale locale) {
        this.settings = settings;
        this.messages = messages;
        this.locale = locale;
    }

    void write(Writer out, List<PublicEntry> entries, Instant updated) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", locale.getLanguage());
        element(xml, "id", settings.baseUrl() + "/register");
        element(xml, "title", text("public.feed.title", settings.organization()));
        element(xml, "subtitle", text("public.feed.subtitle"));
        element(xml, "updated", time(updated));
        link(xml, "self", settings.baseUrl() + "/register/feed.atom", "application/atom+xml");
        link(xml, "alternate", settings.baseUrl() + "/register", "text/html");
        xml.writeStartElement("author");
        element(xml, "name", settings.organization());
        element(xml, "email", settings.contactEmail());
        xml.writeEndElement();
        for (PublicEntry entry : entries) {
            PublishedContent content = entry.content();
            xml.writeStartElement("entry");
            element(xml, "id", settings.entryUrl(entry.reference()));
            element(xml, "title", entry.version() == 1 ? content.title()
                    : text("public.feed.updatedTitle", content.title(), entry.version()));
            element(xml, "published", time(entry.firstPublishedAt()));
            element(xml, "updated", time(entry.publishedAt()));
            link(xml, "alternate", settings.entryUrl(entry.reference()), "text/html");
            link(xml, "alternate", settings.entryUrl(entry.reference()) + ".json", "application/json");
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", content.tier().name());
            xml.writeAttribute("label", text("enum.RiskTier." + content.tier().name()));
            element(xml, "summary", content.summary());
            if (content.purpose() != null) {
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(clean(content.purpose()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private String text(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Without the control characters XML 1.0 does not allow (all below U+0020 but tab, line feed, return). */
    static String clean(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> c != 0xFFFE && c != 0xFFFF)
                .forEach(text::appendCodePoint);
        return text.toString();
    }
}

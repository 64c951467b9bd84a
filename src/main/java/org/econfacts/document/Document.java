package org.econfacts.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An article as submitted. Never crosses HTTP: {@link DocumentMapper} turns it into a view. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    /** SHA-256 of the text as submitted, hex; unique, so the same text is stored once. */
    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    public String contentHash;

    public String title;

    public String url;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    /** The date relative periods were resolved against (publishedAt, or one found in the text). */
    @Column(name = "reference_date", nullable = false)
    public LocalDate referenceDate;

    /** The languages found in the text, e.g. {@code en+zh-Hant}. */
    public String language;

    @Column(name = "body", nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}

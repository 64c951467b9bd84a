package org.econfacts.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.econfacts.api.PublicationDateDeserializer;

/** An article to read: the text is required, the rest are hints and metadata. */
@Schema(description = "An article to read.")
public record DocumentRequest(
        @NotBlank(message = "text is required and must not be blank")
        @Schema(description = "The article text, plain; English, Chinese or both.", required = true)
        String text,
        @Size(max = 1000) @Schema(description = "Title, for listings.") String title,
        @Size(max = 2000) @Schema(description = "Where the article came from.") String url,
        @Schema(description = "Publication date YYYY-MM-DD, from 1800-01-01 to a year from today; relative periods "
                + "such as 'last year' resolve against it. When absent, an ISO date in the article's first lines, else today.",
                example = "2021-08-27", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date")
        @JsonDeserialize(using = PublicationDateDeserializer.class)
        LocalDate publishedAt,
        @Size(max = 64)
        @Schema(description = "Optional hint: en, zh, zh-Hant, zh-Hans or a combination like en+zh-Hant; "
                + "only passages in those languages are read.")
        String language) {}

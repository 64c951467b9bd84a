package org.econfacts.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON body must be well-formed UTF-8 (RFC 8259). Jackson's own decoder accepts overlong forms
 * ({@code C0 AF} read as "/"), a classic way to slip a character past a filter; the JDK's strict decoder
 * refuses them, so a body is checked with it before Jackson reads it. Bodies are at most 4 MB
 * ({@code quarkus.http.limits.max-body-size}), read into memory once here.
 */
@Provider
public class Utf8Body implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().getSubtype().toLowerCase().contains("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            strict.decode(bytes);
        } catch (MalformedInputException e) {
            throw new DomainException.InvalidText("body", "the body is not valid UTF-8 (malformed byte sequence at byte "
                    + bytes.position() + ")");
        } catch (CharacterCodingException e) {
            throw new DomainException.InvalidText("body", "the body is not valid UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}

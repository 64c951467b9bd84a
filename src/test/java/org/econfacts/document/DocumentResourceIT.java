package org.econfacts.document;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same API checks against the packaged application (java -jar target/quarkus-app/quarkus-run.jar). */
@QuarkusIntegrationTest
class DocumentResourceIT extends DocumentResourceTest {}

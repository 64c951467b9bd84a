package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptDetectionTest {
    private static final ScriptFolder SCRIPT = new ScriptFolder();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "上合組織國家的千餘名留學生在重慶學習, ZH_HANT",
        "上合组织国家的千余名留学生在重庆学习, ZH_HANS",
        "今年上半年, ZH_HANS",
        "2020年509億元, ZH_HANT",
        "12345, ZH_HANS",
    })
    void detectsTheScript(String text, Language expected) {
        assertThat(SCRIPT.script(text)).isEqualTo(expected);
    }
}

package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptFolderTest {
    private static final ScriptFolder FOLDER = new ScriptFolder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "重慶憑借數字經濟, 重庆凭借数字经济",
        "６．７５億美元, 6.75亿美元",
        "１５．３％, 15.3%",
        "千餘名留學生, 千余名留学生",
        "兩江新區, 两江新区",
        "already simplified 数字, already simplified 数字",
    })
    void foldsTraditionalAndFullWidth(String in, String out) {
        assertThat(FOLDER.fold(in).text()).isEqualTo(out);
    }

    @Test
    void keepsLengthSoOffsetsAreTheIdentity() {
        String text = "截至2020年底，重慶已與３０個地區建立關係。😀𠀀";
        FoldedText f = FOLDER.fold(text);
        assertThat(f.text()).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            assertThat(f.originalStart(i)).isEqualTo(i);
        }
        assertThat(f.originalEnd(text.length())).isEqualTo(text.length());
    }

    @Test
    void foldsTheIdeographicCommaAndSpace() {
        assertThat(FOLDER.fold("，\u3000").text()).isEqualTo(", ");
    }
}

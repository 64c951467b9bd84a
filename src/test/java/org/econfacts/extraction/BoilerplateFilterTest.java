package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {

    private static final BoilerplateFilter FILTER = new BoilerplateFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "首頁 > 新聞中心 > 財經 > 正文",
        "責任編輯:王小明",
        "聯繫電話:010-12345678 傳真:010-12345679",
        "京ICP備12345678號 | 京公網安備 11010502000001號",
        "Copyright © 2023 Harbour Daily",
        "主辦:某市人民政府新聞辦公室",
    })
    void pageFurnitureIsLeftOut(String line) {
        assertThat(FILTER.boilerplate("Exports rose 3 percent.\n" + line + "\nImports fell.")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The bank cut the ratio by 0.5 percentage points, releasing 1 trillion yuan. Tel: 010-1234567",
        "全年出口增長5%。聯繫電話:010-12345678",
        "Exports rose 3 percent in May.",
    })
    void proseStaysEvenWhenItCitesContactDetails(String line) {
        assertThat(FILTER.boilerplate(line)).isEmpty();
    }
}

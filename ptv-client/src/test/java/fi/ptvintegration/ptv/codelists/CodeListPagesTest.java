package fi.ptvintegration.ptv.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeListPagesTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CodeListPagesTest.class.getResourceAsStream("/fi/ptvintegration/ptv/codelists/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aV12OntologyTermPageGivesUriParentsValidityAndNames() throws Exception {
        byte[] page = """
                {"page":2,"pageSize":100,"totalItems":30001,"totalPages":301,"items":[
                 {"uri":"http://www.yso.fi/onto/koko/p11070","type":"JUPO",
                  "parentUris":["http://www.yso.fi/onto/koko/p75672","http://www.yso.fi/onto/koko/p66287"],
                  "isValid":false,"name":{"fi":"uimahallit","sv":"simhallar","en":"indoor swimming pools","se":""}}]}
                """.getBytes(StandardCharsets.UTF_8);

        CodeListPages.Page parsed = CodeListPages.v12(page);

        assertThat(parsed.page()).isEqualTo(2);
        assertThat(parsed.totalPages()).isEqualTo(301);
        assertThat(parsed.totalItems()).isEqualTo(30001);
        CodeListEntry term = parsed.entries().get(0);
        assertThat(term.code()).isNull();
        assertThat(term.id()).isEqualTo("http://www.yso.fi/onto/koko/p11070");
        assertThat(term.parents()).containsExactly("http://www.yso.fi/onto/koko/p75672", "http://www.yso.fi/onto/koko/p66287");
        assertThat(term.valid()).isFalse();
        assertThat(term.names()).isEqualTo(Map.of("fi", "uimahallit", "sv", "simhallar", "en", "indoor swimming pools"));
    }

    @Test
    void aV12ServiceClassKeepsItsCodeAndItsOneParentUri() throws Exception {
        byte[] page = """
                {"page":1,"pageSize":100,"totalItems":1,"totalPages":1,"items":[
                 {"code":"P27.1","uri":"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1",
                  "parentUri":"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27","isValid":true,"name":{"fi":"Liikunta ja urheilu"}},
                 {"code":"P27","uri":"http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27","parentUri":null,"isValid":true,"name":{}}]}
                """.getBytes(StandardCharsets.UTF_8);

        List<CodeListEntry> entries = CodeListPages.v12(page).entries();

        assertThat(entries.get(0).code()).isEqualTo("P27.1");
        assertThat(entries.get(0).id()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1");
        assertThat(entries.get(0).parents()).containsExactly("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27");
        assertThat(entries.get(1).parents()).isEmpty();
    }

    @Test
    void aV11PostalCodePageFromRealPtvGivesCodesNamesAndThePageCount() throws Exception {
        CodeListPages.Page page = CodeListPages.v11(resource("v11-postal-page.json"));

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.totalPages()).isEqualTo(5);
        assertThat(page.entries()).extracting(CodeListEntry::code).containsExactly("00002", "00003", "00006");
        assertThat(page.entries().get(0).names()).isEqualTo(Map.of("fi", "HELSINKI", "sv", "HELSINGFORS"));
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.valid()).isTrue());
    }

    @Test
    void aV11MunicipalityListFromRealPtvIsOnePage() throws Exception {
        CodeListPages.Page page = CodeListPages.v11(resource("v11-municipalities.json"));

        assertThat(page.totalPages()).isEqualTo(1);
        assertThat(page.entries()).extracting(CodeListEntry::code).containsExactly("005", "009");
        assertThat(page.entries().get(0).names()).containsEntry("fi", "Alajärvi").containsEntry("sv", "Alajärvi");
    }

    @Test
    void answersThatAreNotCodeListsAreRefused() {
        assertThatThrownBy(() -> CodeListPages.v12("{\"errorMessage\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("no items");
        assertThatThrownBy(() -> CodeListPages.v11("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CodeListPages.v12("{\"totalPages\":1,\"items\":[{\"isValid\":true}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("without code or URI");
    }
}

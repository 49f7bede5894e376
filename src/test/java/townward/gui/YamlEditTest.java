package townward.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text edits at a path change that value's characters only; what cannot be edited in place says why. */
class YamlEditTest {

    static final String TEXT = """
            # head
            name: x                # c
            description: |
              two
              lines
            start_year: 2024
            villages: {count: 40, radius_km: 14}   # flow
            policies:
              - lever: a           # la
                from: 2025
                v: 600             # assumed

              # before b
              - {lever: b, from: 2025}   # b in flow style
            # tail
            """;

    @Test
    void aValueIsReplacedInPlaceWithItsCommentInItsColumn() throws Exception {
        assertEquals(TEXT.replace("v: 600             # assumed", "v: 1500            # assumed"),
                YamlEdit.set(TEXT, false, List.of("policies", 0, "v"), "1500", List.of()));
        assertEquals(TEXT.replace("{count: 40,", "{count: 35,"),
                YamlEdit.set(TEXT, false, List.of("villages", "count"), "35", List.of()));
        assertEquals(TEXT.replace("{lever: b, from: 2025}", "{lever: b, from: 2027}"),
                YamlEdit.set(TEXT, false, List.of("policies", 1, "from"), "2027", List.of()));
        assertEquals(TEXT.replace("|\n  two\n  lines\n", "\"one\"\n"),
                YamlEdit.set(TEXT, false, List.of("description"), "\"one\"", List.of()), "a block text replaced");
    }

    @Test
    void aMissingKeyIsAddedAfterTheKeysBeforeIt() throws Exception {
        assertEquals(TEXT.replace("    from: 2025\n", "    from: 2025\n    to: 2026\n"),
                YamlEdit.set(TEXT, false, List.of("policies", 0, "to"), "2026",
                        List.of(List.of(), List.of(), List.of("lever", "id", "from"))));
        assertEquals(TEXT.replace("    v: 600             # assumed\n", "    v: 600             # assumed\n    w: 1\n"),
                YamlEdit.set(TEXT, false, List.of("policies", 0, "w"), "1", List.of()), "none of them: at the end");
        assertEquals(TEXT.replace("from: 2025}", "from: 2025, to: 2026}"),
                YamlEdit.set(TEXT, false, List.of("policies", 1, "to"), "2026",
                        List.of(List.of(), List.of(), List.of("from"))));
        assertEquals(TEXT.replace("# tail\n", "behaviour:\n  b_size: 1\n# tail\n"),
                YamlEdit.set(TEXT, false, List.of("behaviour", "b_size"), "1", List.of()), "with its mapping");
        assertEquals(TEXT.replace("# flow\n", "# flow\nbehaviour:\n  b_size: 1\n"),
                YamlEdit.set(TEXT, false, List.of("behaviour", "b_size"), "1",
                        List.of(List.of("name", "villages"), List.of())), "after the keys before it");
        assertEquals("{\"a\": 1, \"b\": {\"c\": 2}}\n",
                YamlEdit.set("{\"a\": 1}", true, List.of("b", "c"), "2", List.of()), "JSON: quoted keys");
    }

    @Test
    void aListItemIsCopiedWithItsCommentsRightAfterItself() throws Exception {
        String copy = "  - lever: a           # la\n    from: 2025\n    v: 600             # assumed\n";
        assertEquals(TEXT.replace(copy, copy + copy), YamlEdit.copyItem(TEXT, List.of("policies"), 0));
        String flow = "  - {lever: b, from: 2025}   # b in flow style\n";
        assertEquals(TEXT.replace(flow, flow + flow), YamlEdit.copyItem(TEXT, List.of("policies"), 1));
    }

    @Test
    void whatCannotBeEditedInPlaceSaysWhy() {
        String flowList = "policies: [{lever: a, from: 2025}, {lever: b, from: 2026}]\n";
        YamlEdit.Refused copy = assertThrows(YamlEdit.Refused.class,
                () -> YamlEdit.copyItem(flowList, List.of("policies"), 0));
        assertTrue(copy.getMessage().contains("policies is not written as a block list"), copy.getMessage());
        YamlEdit.Refused block = assertThrows(YamlEdit.Refused.class,
                () -> YamlEdit.set(TEXT, false, List.of("policies"), "[]", List.of()));
        assertTrue(block.getMessage().contains("policies is a list written in block style (line 9)"), block.getMessage());
        YamlEdit.Refused item = assertThrows(YamlEdit.Refused.class,
                () -> YamlEdit.set(TEXT, false, List.of("policies", 2, "from"), "2027", List.of()));
        assertTrue(item.getMessage().startsWith("policies[2]: the file has a list there"), item.getMessage());
    }
}

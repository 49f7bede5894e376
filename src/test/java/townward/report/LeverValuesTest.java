package townward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lever parameters in the planner's words and units, not as YAML keys. */
class LeverValuesTest {

    static final JsonNodeFactory N = JsonNodeFactory.instance;

    @BeforeAll
    static void make() {
        ReportFixtures.make();
    }

    @Test
    void moneyInWanAndYiSharesInPercentCountsWithTheirCounter() {
        assertEquals("每岗位成本 5 万元", LeverValues.of("cost_per_post", N.numberNode(50000), Lang.ZH));
        assertEquals("每户成本 1.25 亿元", LeverValues.of("cost_per_household", N.numberNode(1.25e8), Lang.ZH));
        assertEquals("加发（月） 150 元", LeverValues.of("top_up_monthly", N.numberNode(150), Lang.ZH));
        assertEquals("工资溢价 5.0%", LeverValues.of("wage_premium", N.numberNode(0.05), Lang.ZH));
        assertEquals("每年新增岗位 600 个", LeverValues.of("posts_per_year", N.numberNode(600), Lang.ZH));
        assertEquals("经营主体年需求 不限", LeverValues.of("operator_demand_mu",
                N.numberNode(Double.POSITIVE_INFINITY), Lang.ZH));
        assertEquals("适用对象 农村户籍", LeverValues.of("eligible", N.textNode("rural_hukou"), Lang.ZH));
        assertEquals("cost per post 50,000 yuan", LeverValues.of("cost_per_post", N.numberNode(50000), Lang.EN));
        assertEquals("每岗位成本 cost_per_post 5 万元", LeverValues.of("cost_per_post", N.numberNode(50000), Lang.BOTH));
    }

    @Test
    void theLeverTableOfAChineseReportUsesThem() throws Exception {
        Table t = new Briefing(new ChartContext(Results.read(ReportFixtures.dir("sobol")), Lang.ZH)).leverTable();
        String park = t.rows().get(0).get(3).toString();
        assertEquals("每年新增岗位 600 个；工资溢价 5.0%；每岗位成本 5 万元", park);
        assertTrue(t.rows().stream().noneMatch(r -> r.get(3).toString().contains("_")), "no YAML key left");
    }
}

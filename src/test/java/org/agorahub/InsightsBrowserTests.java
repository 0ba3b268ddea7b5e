package org.agorahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import org.agorahub.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The department lead's dashboard on the demo data in a real browser: its chart has the table of its numbers, the
 * figures are there, and the page and the survey page pass the accessibility check.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "agora.demo-data.enabled=true")
class InsightsBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aLeadOpensTheirDashboardAndEveryChartHasItsTable() {
        browser.signIn(DemoAccounts.LEAD, DemoAccounts.PASSWORD_DEFAULT);
        browser.followNavigationLink("Dashboards");
        assertThat(browser.heading()).isEqualTo("Policy and Strategy");
        // the aggregates are built in the background after start-up
        browser.waitUntil(driver -> {
            browser.open(browser.currentPath());
            return !driver.findElement(By.tagName("main")).getText().contains("being worked out");
        });
        assertThat(browser.pageText()).contains("Answering questions").contains("Questions asked");
        assertThat(browser.driver().findElements(By.cssSelector("svg.agora-chart + table caption")))
                .isNotEmpty();
        browser.screenshot("dashboard-lead");
        browser.assertAccessible();

        browser.followLink("Send the survey or see every round");
        browser.assertAccessible();
    }

    @Test
    void anAdminSeesTheOrganisationsDepartmentByDepartmentTables() {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        browser.open("/dashboards/organisation");
        browser.waitUntil(driver -> {
            browser.open(browser.currentPath());
            return !driver.findElement(By.tagName("main")).getText().contains("being worked out");
        });
        assertThat(browser.heading()).isEqualTo("Whole organisation");
        // each department-by-department table: a caption, a header row of departments and one row per department
        List<WebElement> matrices = browser.driver().findElements(By.cssSelector("table.agora-heat"));
        assertThat(matrices).isNotEmpty();
        for (WebElement matrix : matrices) {
            assertThat(matrix.findElement(By.tagName("caption")).getText()).isNotBlank();
            assertThat(matrix.findElements(By.cssSelector("thead th[scope=col]")))
                    .hasSize(matrix.findElements(By.cssSelector("tbody th[scope=row]"))
                            .size());
        }
        assertThat(browser.pageText()).contains("Asked by ↓ · answered by →");
        browser.screenshot("dashboard-organisation");
        browser.assertAccessible();
    }
}

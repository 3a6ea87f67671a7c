package de.kiregister.load;

import java.util.List;

import de.kiregister.test.PortfolioGenerator;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Fills the database of the application under load with the shipped generator (src/test/resources/bench), once
 * per database: a second run against the same database finds the data and adds nothing.
 */
final class LoadData {

    static final int USE_CASES = Integer.getInteger("load.useCases", 10_000);

    private LoadData() {
    }

    static void fill(String jdbcUrl) {
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), jdbcUrl, "postgres",
                "postgres"));
        int present = jdbc.sql("select count(*) from use_case where reference like 'KI-1999-%'")
                .query(Integer.class).single();
        if (present == 0) {
            long start = System.nanoTime();
            PortfolioGenerator.generateRegister(jdbc, "load", USE_CASES, 6, 4, 12);
            // Without this, autovacuum works through the 300,000 fresh rows during the first minutes of the run
            // and the measurement shows PostgreSQL's housekeeping, not the application (seen in the first runs).
            jdbc.sql("vacuum (analyze)").update();
            // A transaction of the running application open while a table was vacuumed keeps its pages from being
            // marked all-visible, and index-only scans then read the table after all (seen in the benchmark);
            // autovacuum would catch up in a live system. Tables left so are vacuumed once more.
            for (String table : jdbc.sql("select relname from pg_class where relkind = 'r' and relpages > 0"
                    + " and relnamespace = 'public'::regnamespace and relallvisible < relpages")
                    .query(String.class).list()) {
                jdbc.sql("vacuum " + table).update();
            }
            jdbc.sql("checkpoint").update();
            System.out.printf("Daten erzeugt in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        for (String table : List.of("use_case", "milestone", "dialogue_item", "dialogue_decision",
                "status_report", "publication_snapshot", "use_case_aud", "revision")) {
            System.out.printf("%-22s %,9d Zeilen, %3d %% der Seiten all-visible%n", table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single(),
                    jdbc.sql("select coalesce(100 * relallvisible / nullif(relpages, 0), 100) from pg_class"
                            + " where oid = cast(:table as regclass)").param("table", table)
                            .query(Integer.class).single());
        }
    }
}

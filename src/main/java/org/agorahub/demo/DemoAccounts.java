package org.agorahub.demo;

/**
 * The fixed demo sign-ins, one per role, so tests and the start-up banner name the same accounts the seeder
 * creates. They exist only where the demo data was seeded.
 */
public final class DemoAccounts {

    /** Default of {@code agora.demo-data.password}: every demo account signs in with it. */
    public static final String PASSWORD_DEFAULT = "agora-demo";

    public static final String ADMIN = "admin@agora.example";
    public static final String CURATOR = "curator@agora.example";
    public static final String LEAD = "lead@agora.example";
    public static final String MEMBER = "member@agora.example";

    private DemoAccounts() {}
}

package io.dearbridge.it;

/** The demo account the test server is configured with (ear/src/main/wildfly/it/configure-it.cli). */
public final class Demo {

    public static final String ACCOUNT = "demo";
    public static final String ACCOUNT_ID = "3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41";
    public static final String APPLICATION_KEY = "7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93";
    public static final String WEBHOOK_SECRET = "demo-webhook-secret-5b1f0c9e6d2a";
    public static final String PASSWORD = "demo";

    private Demo() {
    }
}

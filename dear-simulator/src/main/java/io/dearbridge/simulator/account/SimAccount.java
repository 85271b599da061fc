package io.dearbridge.simulator.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A simulated DEAR company: one account id and any number of API application keys (docs/dear-api.md §1.1). */
public final class SimAccount {

    private final String name;
    private final String accountId;
    private final List<String> applicationKeys = new CopyOnWriteArrayList<>();

    public SimAccount(String name, String accountId, String applicationKey) {
        this.name = name;
        this.accountId = accountId.toLowerCase();
        addKey(applicationKey);
    }

    public String name() {
        return name;
    }

    public String accountId() {
        return accountId;
    }

    /** The first key: the one the control API reports. */
    public String applicationKey() {
        return applicationKeys.get(0);
    }

    public List<String> applicationKeys() {
        return List.copyOf(applicationKeys);
    }

    public void addKey(String key) {
        String k = key.toLowerCase();
        if (!applicationKeys.contains(k)) {
            applicationKeys.add(k);
        }
    }

    public boolean acceptsKey(String key) {
        return key != null && applicationKeys.contains(key.trim().toLowerCase());
    }
}

package io.dearbridge.cluster;

/**
 * This node as lease and claim rows name it: the server's node name, which must differ between nodes (as the
 * transaction node identifier must). Stable across restarts and redeploys, so a node recognises what its previous
 * run left behind.
 */
public final class ThisNode {

    private static final String NAME = System.getProperty("jboss.node.name", "node");

    private ThisNode() {
    }

    public static String name() {
        return NAME;
    }
}

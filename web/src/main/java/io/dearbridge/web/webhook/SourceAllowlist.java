package io.dearbridge.web.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses may post webhooks: {@code dearbridge.webhooks.allowed-sources}, a comma-separated list of
 * addresses or CIDR blocks (DEAR's own: {@link DearAddresses}); empty (the default) lets every address through.
 * Behind a load balancer the client is found in {@code X-Forwarded-For}, every line of it in order, read from the
 * right and only past the proxies listed in {@code dearbridge.webhooks.trusted-proxies}: a header from anyone else is
 * ignored, and a line the client wrote itself comes before the ones its proxies appended, so it cannot be forged to
 * pass.
 */
final class SourceAllowlist {

    private final List<Block> allowed;
    private final List<Block> trustedProxies;

    SourceAllowlist(String allowed, String trustedProxies) {
        this.allowed = blocks(allowed);
        this.trustedProxies = blocks(trustedProxies);
    }

    boolean enabled() {
        return !allowed.isEmpty();
    }

    /**
     * Whether a request from {@code peer} (the TCP peer) with these {@code X-Forwarded-For} header lines, in the order
     * received, may post. The lines are one list (RFC 9110 §5.3): HAProxy's {@code option forwardfor} appends a line
     * of its own and keeps the client's.
     */
    boolean allows(String peer, List<String> forwardedForLines) {
        if (!enabled()) {
            return true;
        }
        String forwardedFor = forwardedForLines == null ? null : String.join(",", forwardedForLines);
        return client(peer, forwardedFor).map(this::isAllowed).orElse(false);
    }

    /** The client: the peer, or past trusted proxies the rightmost forwarded address that is not one of them. */
    Optional<InetAddress> client(String peer, String forwardedFor) {
        Optional<InetAddress> current = parse(peer);
        if (current.isEmpty() || forwardedFor == null || forwardedFor.isBlank()) {
            return current;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && isTrusted(current.get()); i--) {
            current = parse(hops[i].trim());
            if (current.isEmpty()) {
                return Optional.empty();
            }
        }
        return current;
    }

    private boolean isAllowed(InetAddress address) {
        return allowed.stream().anyMatch(b -> b.contains(address));
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(b -> b.contains(address));
    }

    private static List<Block> blocks(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list == null) {
            return blocks;
        }
        for (String entry : list.split(",")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("/", 2);
            InetAddress address = parse(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("not an IP address or CIDR block: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
            blocks.add(new Block(address.getAddress(), prefix));
        }
        return blocks;
    }

    /** Literal addresses only: never a name lookup. */
    private static Optional<InetAddress> parse(String text) {
        if (text == null || text.isBlank() || !text.matches("[0-9a-fA-F:.%]+") || text.matches(".*[g-zG-Z].*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text.strip()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}

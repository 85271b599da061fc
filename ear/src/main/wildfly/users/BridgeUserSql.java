import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Prints the SQL that adds (or replaces) one user of the bridge's console and API, with a salted bcrypt hash
 * made by WildFly's own Elytron, so the jdbc-realm's bcrypt-mapper reads exactly what was written.
 * Run through bridge-user.sh, which puts the server's Elytron jars on the class path. The password is read
 * from the terminal (twice), or from standard input when there is no terminal; it is never an argument.
 */
public final class BridgeUserSql {

    private static final Set<String> ROLES = Set.of("admin", "viewer", "warehouse");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    /** bcrypt's cost (2^cost rounds); every Basic request verifies a hash, so the default is OWASP's least. */
    private static final int DEFAULT_COST = 10;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            fail("usage: bridge-user.sh <username> <role>[,<role>...]   roles: admin, viewer, warehouse");
        }
        String user = args[0];
        if (!NAME.matcher(user).matches()) {
            fail("user names are 1-128 of A-Z a-z 0-9 . _ @ -");
        }
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(args[1].split(",")));
        if (!ROLES.containsAll(roles)) {
            fail("unknown role in " + args[1] + "; roles: admin, viewer, warehouse");
        }
        char[] password = readPassword();
        if (password.length < 8 && System.getenv("BRIDGE_USER_ALLOW_SHORT") == null) {
            fail("the password needs at least 8 characters");
        }

        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        new SecureRandom().nextBytes(salt);
        PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                new WildFlyElytronPasswordProvider());
        BCryptPassword hash = (BCryptPassword) factory.generatePassword(
                new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(cost(), salt)));
        Arrays.fill(password, '\0');

        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder sql = new StringBuilder();
        sql.append("-- bridge user ").append(user).append(": roles ").append(String.join(",", roles)).append('\n');
        sql.append("DELETE FROM bridge_user_role WHERE username = '").append(user).append("';\n");
        sql.append("DELETE FROM bridge_user WHERE username = '").append(user).append("';\n");
        sql.append("INSERT INTO bridge_user (username, password_hash, password_salt, password_cost, created_at) VALUES ('")
                .append(user).append("', '").append(b64.encodeToString(hash.getHash())).append("', '")
                .append(b64.encodeToString(hash.getSalt())).append("', ").append(hash.getIterationCount())
                .append(", CURRENT_TIMESTAMP);\n");
        for (String role : roles) {
            sql.append("INSERT INTO bridge_user_role (username, role) VALUES ('").append(user).append("', '")
                    .append(role).append("');\n");
        }
        System.out.print(sql);
    }

    private static int cost() {
        String cost = System.getenv("BRIDGE_USER_COST");
        return cost == null ? DEFAULT_COST : Integer.parseInt(cost);
    }

    private static char[] readPassword() throws Exception {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for the new user: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                fail("the passwords differ");
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            fail("no password on standard input");
        }
        return line.toCharArray();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}

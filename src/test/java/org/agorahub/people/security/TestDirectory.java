package org.agorahub.people.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A real LDAP server in this JVM (UnboundID's in-memory directory), loaded with a small council's directory
 * ({@code sso/northshire.ldif}), on a port chosen once, so that stopping and starting it again keeps its address.
 */
final class TestDirectory {

    static final String BASE = "dc=northshire,dc=example";
    static final String SERVICE_DN = "cn=agora-service,ou=service," + BASE;
    static final String SERVICE_PASSWORD = "read-only-service-secret";

    private static TestDirectory instance;

    private final InMemoryDirectoryServer server;
    private final int port;

    private TestDirectory() throws LDAPException, IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
        server = new InMemoryDirectoryServer(config);
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/sso/northshire.ldif")) {
            server.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(ldif));
        }
        server.startListening();
    }

    static synchronized TestDirectory get() {
        if (instance == null) {
            try {
                instance = new TestDirectory();
            } catch (LDAPException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    static String personDn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    static String groupDn(String name) {
        return "cn=" + name + ",ou=groups," + BASE;
    }

    /** Adds a person; attributes left null are left out. Returns their DN. */
    String addPerson(String uid, String name, String mail, String department, String title, String password) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "inetOrgPerson"));
        attributes.add(new Attribute("uid", uid));
        attributes.add(new Attribute("cn", name));
        attributes.add(new Attribute("sn", name.substring(name.lastIndexOf(' ') + 1)));
        attributes.add(new Attribute("displayName", name));
        attributes.add(new Attribute("userPassword", password));
        if (mail != null) {
            attributes.add(new Attribute("mail", mail));
        }
        if (department != null) {
            attributes.add(new Attribute("ou", department));
        }
        if (title != null) {
            attributes.add(new Attribute("title", title));
        }
        try {
            server.add(personDn(uid), attributes);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
        return personDn(uid);
    }

    void replace(String dn, String attribute, String value) {
        modify(dn, new Modification(ModificationType.REPLACE, attribute, value));
    }

    void join(String uid, String group) {
        modify(groupDn(group), new Modification(ModificationType.ADD, "member", personDn(uid)));
    }

    void leave(String uid, String group) {
        modify(groupDn(group), new Modification(ModificationType.DELETE, "member", personDn(uid)));
    }

    void remove(String uid) {
        try {
            server.delete(personDn(uid));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private void modify(String dn, Modification modification) {
        try {
            server.modify(dn, modification);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops answering (the port closes) until {@link #start()}. */
    void stop() {
        server.shutDown(true);
    }

    void start() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }
}

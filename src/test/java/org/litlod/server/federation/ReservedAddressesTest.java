package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which IP literals count as local for SERVICE and LOAD targets (no DNS: literals only). */
class ReservedAddressesTest {
    private static boolean reserved(String literal) throws Exception {
        return ReservedAddresses.contains(InetAddress.getByName(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::127.0.0.1", "::8.8.8.8", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe", "64:ff9b::808:808", "64:ff9b:1::1", "2002:7f00:1::", "2002:808:808::1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2", "100::1", "::", "::1", "fe80::1", "fec0::1", "fd12::1", "ff02::1"})
    void ipv6FormsThatCarryIpv4OrAreNotGlobalAreReserved(String literal) throws Exception {
        assertTrue(reserved(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198.18.0.1", "198.19.255.254", "255.255.255.255", "240.0.0.1", "0.1.2.3",
        "100.64.0.1", "100.127.255.255", "192.0.0.8", "192.88.99.1", "224.0.0.1", "239.255.255.250",
        "127.0.0.1", "10.1.2.3", "172.31.0.1", "192.168.0.1", "169.254.169.254"})
    void ipv4SpecialPurposeBlocksAreReserved(String literal) throws Exception {
        assertTrue(reserved(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "198.17.255.255", "198.20.0.0", "100.63.255.255", "100.128.0.0",
        "192.0.1.1", "172.32.0.1", "223.255.255.255", "2a00:1450:4001:82a::200e", "2606:4700::1111"})
    void publicUnicastAddressesAreNot(String literal) throws Exception {
        assertFalse(reserved(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::127.0.0.1]/sparql", "http://[64:ff9b::a9fe:a9fe]/sparql",
        "http://[2002:7f00:1::]/sparql", "http://198.18.0.1/sparql", "http://255.255.255.255/sparql"})
    void theAttackersTargetsAreRefusedEvenWhenAnOperatorListsThem(String iri) {
        ServicePolicy listed = ServicePolicy.defaults().withEndpoints(List.of(iri));
        ServiceRefusedException e = assertThrows(ServiceRefusedException.class,
                () -> listed.check(iri));
        assertEquals(ServiceRefusedException.LOCAL_ADDRESS, e.id());
    }
}

package org.litlod.server.federation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address blocks an outbound request (SERVICE, LOAD) must never reach: everything that is
 * not a plain public unicast address. IPv4: this network (0/8), private (10/8, 172.16/12,
 * 192.168/16), shared (100.64/10), loopback (127/8), link-local (169.254/16), IETF protocol
 * assignments (192.0.0/24), the 6to4 relay (192.88.99/24), benchmarking (198.18/15), multicast
 * (224/4), reserved (240/4, with the broadcast address). IPv6: unspecified, loopback, the forms
 * that carry an IPv4 address (IPv4-compatible ::/96, IPv4-mapped, NAT64 64:ff9b::/96 and
 * 64:ff9b:1::/48, 6to4 2002::/16, Teredo and the other IETF assignments 2001::/23), discard
 * (100::/64), unique-local (fc00::/7), link- and site-local (fe80::/10, fec0::/10) and multicast
 * (ff00::/8). The IPv4-carrying forms are refused whatever IPv4 address they carry: public
 * endpoints are not published through them, and an operator who lists one by mistake could
 * otherwise reach the local network through a translator.
 */
final class ReservedAddresses {
    private static final List<Block> BLOCKS = List.of(
            Block.of("0.0.0.0", 8), Block.of("10.0.0.0", 8), Block.of("100.64.0.0", 10),
            Block.of("127.0.0.0", 8), Block.of("169.254.0.0", 16), Block.of("172.16.0.0", 12),
            Block.of("192.0.0.0", 24), Block.of("192.88.99.0", 24), Block.of("192.168.0.0", 16),
            Block.of("198.18.0.0", 15), Block.of("224.0.0.0", 4), Block.of("240.0.0.0", 4),
            Block.of("::", 96), Block.of("64:ff9b::", 96), Block.of("64:ff9b:1::", 48),
            Block.of("100::", 64), Block.of("2001::", 23), Block.of("2002::", 16),
            Block.of("fc00::", 7), Block.of("fe80::", 10), Block.of("fec0::", 10), Block.of("ff00::", 8));

    private ReservedAddresses() {
    }

    /** Whether {@code address} is in one of the reserved blocks. */
    static boolean contains(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        return BLOCKS.stream().anyMatch(b -> b.contains(bytes));
    }

    /** An address prefix: the first {@code bits} bits of {@code prefix}. */
    private record Block(byte[] prefix, int bits) {
        static Block of(String literal, int bits) {
            try {
                return new Block(InetAddress.getByName(literal).getAddress(), bits); // a literal: no lookup
            } catch (UnknownHostException e) {
                throw new IllegalStateException(literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}

/**
 * Outbound federation: which SERVICE targets litlod's endpoint may call, and how.
 *
 * <p>{@link org.litlod.server.federation.ServicePolicy} is the allow-list (by default the public
 * life-science endpoints litlod's identifiers join with); {@link
 * org.litlod.server.federation.ServiceGate} enforces it inside ARQ's service executor chain, so
 * a refused target is rejected before any connection is opened. The package also switches off
 * the fetching of remote JSON-LD {@code @context} documents.
 */
package org.litlod.server.federation;

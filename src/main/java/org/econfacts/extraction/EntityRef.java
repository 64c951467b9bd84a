package org.econfacts.extraction;

/**
 * An organisation, place or group a figure is about: {@code name} is its canonical name within the
 * document (e.g. "Shanghai Cooperation Organization" for SCO and 上合組織), {@code mention} how this
 * sentence wrote it, {@code type} ORGANIZATION, LOCATION or OTHER.
 */
public record EntityRef(String name, String mention, String type) {
    public EntityRef {
        if (name == null || name.isBlank() || mention == null || type == null) {
            throw new IllegalArgumentException("bad entity " + name);
        }
    }

    public EntityRef withName(String canonical) {
        return new EntityRef(canonical, mention, type);
    }
}

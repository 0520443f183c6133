package dev.strata.jpa.read;

/**
 * A {@code @OneToMany(mappedBy = ...)} attribute: the inverse side of an association another entity owns.
 *
 * @param entity    the simple name of the class that declares it
 * @param attribute the field name
 * @param target    the simple name of the entity at the other end (the owner of the association)
 * @param mappedBy  the owner's attribute
 */
public record InverseAttribute(String entity, String attribute, String target, String mappedBy) {
}

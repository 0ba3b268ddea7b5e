package org.agorahub.people;

/**
 * A module's part of merging one department into another: what it keeps about the department (libraries, boards,
 * frameworks, programmes…) moves to the department it is merged into, before that department is removed. Modules
 * that refer to departments implement it as a bean; the people module calls them, so it needs no dependency on them.
 */
public interface DepartmentMerge {

    /** Moves this module's references from one department to the other, auditing, in the caller's transaction. */
    void merge(long actorId, long fromId, long intoId);
}

package org.agorahub.people.web;

import jakarta.validation.constraints.NotNull;

/** Which department another one is merged into. */
record DepartmentMergeForm(
        @NotNull(message = "{department.merge.required}") Long intoId) {

    static DepartmentMergeForm blank() {
        return new DepartmentMergeForm(null);
    }
}

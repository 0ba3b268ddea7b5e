package org.agorahub.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DepartmentForm(
        @NotBlank(message = "{department.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,

        Long parentId) {

    static DepartmentForm blank() {
        return new DepartmentForm("", null);
    }
}

'use client';

import { useId } from 'react';
import { roleDescriptions, roleName, roles, type Role } from '@/lib/auth/permissions';

/** The four roles as radio buttons, each with what it may do (its description), so the choice is an informed one. */
export function RoleChoice({ value, onChange, legend = 'Role' }: { value: Role; onChange: (role: Role) => void; legend?: string }) {
  const id = useId();
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium">{legend}</legend>
      {roles.map((role) => (
        <div key={role} className="flex items-start gap-2">
          <input
            type="radio"
            id={`${id}-${role}`}
            name={id}
            value={role}
            checked={value === role}
            onChange={() => onChange(role)}
            aria-describedby={`${id}-${role}-about`}
            className="mt-1"
          />
          <div>
            <label htmlFor={`${id}-${role}`} className="font-medium">
              {roleName(role)}
            </label>
            <p id={`${id}-${role}-about`} className="text-xs text-slate-600">
              {roleDescriptions[role]}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

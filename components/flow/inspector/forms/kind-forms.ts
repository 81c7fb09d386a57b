import type { ComponentType } from 'react';
import type { NodeDataOf, NodeKind } from '@/lib/flow/registry';
import type { FormProps } from '../form-types';
import { BusinessHoursForm } from './business-hours-form';
import { ConditionForm } from './condition-form';
import { HangupForm } from './hangup-form';
import { HttpRequestForm } from './http-request-form';
import { MenuForm } from './menu-form';
import { OptOutForm } from './opt-out-form';
import { PlayFileForm } from './play-file-form';
import { ReturnForm } from './return-form';
import { SayForm } from './say-form';
import { SetVariableForm } from './set-variable-form';
import { StartForm } from './start-form';
import { SubflowForm } from './subflow-form';
import { TransferForm } from './transfer-form';

/**
 * Each kind's inspector form: the one part of a kind that is React, so it cannot sit in
 * lib/flow/nodes/<kind>/. Typed over the registry's kinds: a kind without a form is a type error.
 */
export const kindForms: { [K in NodeKind]: ComponentType<FormProps<NodeDataOf<K>>> } = {
  start: StartForm,
  say: SayForm,
  playFile: PlayFileForm,
  menu: MenuForm,
  transfer: TransferForm,
  hangup: HangupForm,
  businessHours: BusinessHoursForm,
  setVariable: SetVariableForm,
  condition: ConditionForm,
  optOut: OptOutForm,
  httpRequest: HttpRequestForm,
  subflow: SubflowForm,
  return: ReturnForm,
};

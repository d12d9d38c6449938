// Domain "Money" (basis op orde): income, uitkering and toeslagen, bank account, fixed costs, debts.
import { question, tile } from '../build';
import type { Domain } from '../types';
import { SELF_RELIANCE } from './shared';

const q = (id: string, spec: Parameters<typeof question>[2]) => question('money', id, spec);

export const money: Domain = {
  id: 'money',
  titleKey: 'domain.money',
  pictogram: 'money',
  questions: [
    q('income', {
      kind: 'multi-tile',
      pictogram: 'money',
      simple: true,
      tiles: [
        tile('income-coa', 'houses'),
        tile('income-uitkering', 'government'),
        tile('income-work', 'briefcase'),
        tile('my-partner', 'couple'),
        tile('family-members', 'family'),
        tile('income-none', 'no'),
      ],
      pipField: 'basis.income',
    }),
    q('enough', {
      kind: 'faces-scale',
      pictogram: 'receipt',
      simple: true,
      pipField: 'basis.income',
    }),
    q('benefits', {
      kind: 'multi-tile',
      pictogram: 'government',
      simple: true,
      tiles: [
        tile('benefit-bijstand', 'government'),
        tile('benefit-zorgtoeslag', 'health'),
        tile('benefit-huurtoeslag', 'home'),
        tile('benefit-kinderbijslag', 'parentWithChild'),
        tile('nothing', 'no'),
        tile('unsure', 'unsure'),
      ],
      pipField: 'basis.benefits',
    }),
    q('bank-account', {
      kind: 'yes-no-unsure',
      pictogram: 'creditCard',
      pipField: 'basis.bankAccount',
    }),
    q('pay-bills', {
      kind: 'single-tile',
      pictogram: 'receipt',
      simple: true,
      tiles: SELF_RELIANCE,
      pipField: 'needs.finance',
    }),
    // Ontzorgen: for the first months the municipality may pay these; the answer shows what is already arranged.
    q('fixed-costs', {
      kind: 'multi-tile',
      pictogram: 'lightBulb',
      simple: true,
      tiles: [
        tile('rent', 'home'),
        tile('energy', 'lightBulb'),
        tile('water', 'droplet'),
        tile('health-insurance', 'shield'),
        tile('phone', 'mobilePhone'),
        tile('nothing-yet', 'later'),
      ],
      pipField: 'basis.fixedCosts',
    }),
    q('insurance', { kind: 'yes-no-unsure', pictogram: 'shield', pipField: 'basis.insurance' }),
    q('debts', {
      kind: 'yes-no-unsure',
      pictogram: 'moneyWings',
      simple: true,
      sensitivity: 'sensitive',
      followUps: [{ whenTiles: ['yes'], questionId: 'money.debt-kind' }],
      pipField: 'basis.debts',
    }),
    q('debt-kind', {
      kind: 'multi-tile',
      pictogram: 'receipt',
      sensitivity: 'sensitive',
      tiles: [
        tile('family-friends', 'peopleHoldingHands'),
        tile('rent', 'home'),
        tile('energy', 'lightBulb'),
        tile('health-insurance', 'shield'),
        tile('phone', 'mobilePhone'),
        tile('debt-government', 'government'),
      ],
      pipField: 'basis.debts',
    }),
    q('payment-letters', {
      kind: 'yes-no-unsure',
      pictogram: 'incomingEnvelope',
      sensitivity: 'sensitive',
      pipField: 'basis.debts',
    }),
    q('send-money', {
      kind: 'yes-no-unsure',
      pictogram: 'moneyWings',
      sensitivity: 'sensitive',
      pipField: 'basis.fixedCosts',
    }),
    q('help', {
      kind: 'yes-no-unsure',
      pictogram: 'handshake',
      simple: true,
      pipField: 'needs.finance',
    }),
  ],
};

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exerciseOrigin, modeOfOrigin } from './mode.ts';

describe('the mode of a log, from its signed origin', () => {
  it('is an exercise only when the last segment of the origin says so', () => {
    assert.equal(modeOfOrigin('est.depositary/vm/exercise'), 'exercise');
    assert.equal(modeOfOrigin('est.depositary/vm'), 'record');
    assert.equal(modeOfOrigin('est.depositary/exercise-hall'), 'record');
    assert.equal(modeOfOrigin('exercise.example/log'), 'record');
    assert.equal(modeOfOrigin('exercise'), 'exercise');
  });

  it('makes an exercise origin once, never twice', () => {
    assert.equal(exerciseOrigin('est.depositary/vm'), 'est.depositary/vm/exercise');
    assert.equal(exerciseOrigin('est.depositary/vm/exercise'), 'est.depositary/vm/exercise');
    assert.equal(modeOfOrigin(exerciseOrigin('school.example/class-3')), 'exercise');
  });
});

import { memoryEventLog } from '../../src/store/memory/event-log.ts';
import { eventLogContract } from './event-log.contract.ts';

eventLogContract('memory', { create: () => Promise.resolve(memoryEventLog()) });

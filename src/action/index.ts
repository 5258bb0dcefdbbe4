import { runAction } from './adapter.js';

void runAction();

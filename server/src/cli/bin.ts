/** Runs the CLI from the sources (tests run it this way, without a build); the shipped entry is bin/scs-deck.js. */
import { run } from './main';

run();

/** The dictionaries, loaded once for every test the way the server and the CLI load them. */
import { sharedDictionaries } from '../src/dictionaries';

export const dictionaries = sharedDictionaries();

// Series built so that exactly one NHS special-cause rule fires (or none), with the default run 7 and
// trend 6. Each was checked with an independent Python implementation of the same rules, which also
// gives the flagged indices quoted in the tests.
export const NO_RULE = [10, 12, 11, 13, 10, 12, 11, 9, 12, 10, 11, 13, 10, 12, 11, 10, 12, 11, 13, 10];
/** Mean 11.65, upper limit 17.25: the last point (20) is beyond it. */
export const BEYOND_LIMIT = [10, 12, 11, 13, 10, 12, 11, 9, 12, 10, 11, 13, 10, 12, 11, 10, 12, 11, 13, 20];
/** Mean 11.17: points 13-20 (12 then seven 11.5s) sit above it, inside the 1σ line. */
export const RUN = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5];
/** Points 12-17 (9 to 11.5) rise six times in a row while crossing the mean 10.81. */
export const TREND = [11, 12, 10, 12, 10, 12, 11, 10, 12, 10, 12, 11, 9, 9.5, 10, 10.5, 11, 11.5];
/** 2σ line 15.63, upper limit 17.66: points 17 and 19 (15.8) are in between, two of three. */
export const TWO_OF_THREE = [10, 12, 11, 13, 10, 12, 11, 9, 12, 10, 11, 13, 10, 12, 11, 10, 12, 15.8, 11, 15.8];

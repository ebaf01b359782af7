/**
 * Candidate ranking: ranks candidate cities by weighted criteria with a scoring model
 * (weighted sum with min–max normalisation, or TOPSIS with vector normalisation),
 * explains each rank per criterion, and measures how robust the top N is to the weights.
 * The computation lives in the Spring-free {@code engine} sub-package.
 */
package org.integra.ranking;

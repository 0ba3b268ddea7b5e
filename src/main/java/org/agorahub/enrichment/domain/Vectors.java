package org.agorahub.enrichment.domain;

import java.util.List;

/** Small vector arithmetic on float arrays. */
final class Vectors {

    private Vectors() {}

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector.clone();
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The unit-length mean, each vector weighted by {@code weights[i]}. */
    static float[] mean(List<float[]> vectors, int[] weights) {
        float[] sum = new float[vectors.get(0).length];
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = vectors.get(i);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d] * weights[i];
            }
        }
        return unit(sum);
    }
}

/** A list of choices offered by name: the key the code keeps, the label the analyst reads. */
export type LabelledKeys<K extends string> = readonly {
  readonly key: K;
  readonly label: string;
}[];

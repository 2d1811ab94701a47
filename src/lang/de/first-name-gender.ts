/**
 * The gender a listed first name (ner-lists.ts ALL_FIRST_NAMES) usually
 * stands for, for resolving "er"/"sie" to a person: by its ending — "-a" and
 * "-e" feminine, a consonant or "-o" masculine, as in German and most
 * European names — with the exceptions below. Names used for both or that
 * differ by country ("Andrea": a woman in Germany, a man in Italy) give no
 * gender. Hand-made from general knowledge; part of this project, MIT.
 */

/** Listed first names that end like a man's name but are women's names. */
export const FEMALE_NAMES_ENDING_MASCULINE: readonly string[] = [
  "Agnes", "Annegret", "Bärbel", "Birgit", "Dagmar", "Doris", "Elisabeth", "Gertrud", "Hannah", "Hildegard", "Ines", "Ingrid", "Iris",
  "Karin", "Katrin", "Kerstin", "Marion", "Ruth", "Sarah", "Waltraud", "Aylin", "Elizabeth", "Adelheid", "Almut", "Almuth", "Annett",
  "Astrid", "Beatrix", "Brunhild", "Christel", "Edeltraud", "Edith", "Gertraud", "Gudrun", "Hedwig", "Heidrun", "Hiltrud", "Ingeborg",
  "Irmgard", "Liesel", "Margit", "Margot", "Margret", "Margrit", "Marlies", "Mechthild", "Sigrid", "Sigrun", "Ursel", "Waltraut",
  "Lisbeth", "Liesbeth", "Ellen", "Carmen", "Carolin", "Doreen", "Esther", "Isabel", "Isabell", "Kathrin", "Kirsten", "Maren", "Mirjam",
  "Susann", "Rahel", "Christin", "Eileen", "Inken", "Kathleen", "Vivien", "Elif", "Zeynep", "Liv", "Chantal", "Lynn", "Elin",
  "Ann-Kathrin", "Ann-Katrin", "Caren", "Maybrit", "Evelyn", "Lilith", "Felicitas", "Myriam", "Abigail", "Helen", "Janet", "Jennifer",
  "Jill", "Karen", "Lauren", "Liz", "Margaret", "Meghan", "Rachel", "Sharon", "Susan", "Ilhan", "Oprah", "Siobhán", "Sinéad", "Niamh",
  "Róisín", "Élisabeth", "Édith", "Inès", "Manon", "Leonor", "Inés", "Belén", "Inês", "Anouk", "Annemiek", "Noor", "Fleur", "Marit",
  "Malin", "Linn", "Kristin", "Anett", "Katrín", "Kristrún", "Björk", "Vigdís", "Katalin", "Judit", "Erzsébet", "Ágnes", "Dzsenifer",
  "Tamar", "Mehriban", "Meral", "Canan", "Sevim", "Aydan", "Serap", "Filiz", "Gizem", "Gül", "Meltem", "Nesrin", "Özlem", "Ozlem",
  "Pınar", "Pinar", "Sibel", "Yasemin", "Aslı", "Ayşegül", "Berivan", "Amal", "Farah", "Iman", "Yasmin", "Maryam", "Mariam", "Reem",
  "Sawsan", "Zainab", "Ons", "Meryem", "Shirin", "Narges", "Nasrin", "Golshifteh", "Hengameh", "Pegah", "Nazanin", "Benazir", "Liyuan",
  "Ing-wen", "Yo-jong", "Huong", "Trang", "Yingluck", "Paetongtarn", "Sirikit", "Corazon", "Halimah", "Tirunesh", "Almaz", "Letesenbet",
  "Hellen", "Sifan", "Ayaan", "Warsan", "Sahle-Work", "Lilo", "Heidi", "Gabi", "Elfi", "Hedi", "Rosi", "Resi", "Vroni", "Uschi",
  "Emmi", "Leni", "Lilli", "Lilly", "Lily", "Naomi", "Noemi", "Jenny", "Cindy", "Mandy", "Peggy", "Sandy", "Henny", "Emily", "Kimberly",
  "Hailey", "Romy", "Lucy", "Josie", "Annie", "Winnie", "Jennie",
];

/** Listed first names that end like a woman's name but are men's names. */
export const MALE_NAMES_ENDING_FEMININE: readonly string[] = [
  "Uwe", "Mustafa", "Joe", "George", "Mike", "Pierre", "Giuseppe", "Narendra", "Steve", "Helge", "Andre", "André", "Rene", "René",
  "Sascha", "Luca", "Luka", "Malte", "Mika", "Ole", "Lasse", "Fiete", "Jona", "Arne", "Bjarne", "Joshua", "Hauke", "Sönke",
  "Kevin-Prince", "Elia", "Joschka", "Ranga", "Jeremie", "Joscha", "Bernie", "Bruce", "Jerome", "Jesse", "Theodore", "Kanye",
  "Timothée", "Enda", "Bertie", "Christophe", "Stéphane", "Antoine", "Zinédine", "Ousmane", "Patrice", "Serge", "Jean-Baptiste",
  "Alexandre", "Eugène", "Guillaume", "Jérôme", "Maurice", "Philippe", "Émile", "Gianluca", "Daniele", "Davide", "Mattia",
  "Salvatore", "Felipe", "Vicente", "Lamine", "Jaime", "Jorge", "Lula", "Enrique", "Guilherme", "Henrique", "Wopke", "Frenkie", "Juha",
  "Kalle", "Pekka", "Ville", "Jukka", "Imre", "Attila", "Bence", "Csaba", "Endre", "Géza", "Gyula", "Levente", "Béla", "Bela", "Ilie",
  "Nicolae", "Vasile", "Gheorghe", "Mircea", "Ilja", "Ilya", "Nikita", "Mykola", "Bidsina", "Bidzina", "Khvicha", "Chwitscha", "Nika",
  "Nemanja", "Đorđe", "Djordje", "Nebojša", "Siniša", "Andrija", "Ilija", "Ante", "Hrvoje", "Duje", "Alija", "Mirza", "Anže", "Jure",
  "Isa", "Emre", "Hamza", "Tolga", "Abdalla", "Moussa", "Musa", "Osama", "Usama", "Yahya", "Muqtada", "Mostafa", "Sofiane",
  "Soufiane", "Zinedine", "Amine", "Oussama", "Mustapha", "Yacine", "Mojtaba", "Modschtaba", "Reza", "Moshe", "Micha", "Satya",
  "Yoshihide", "Akira", "Yuya", "Takuma", "Yusuke", "Chung-hee", "Min-jae", "Jung-jae", "Kun-hee", "Srettha", "Lawrence", "Bola",
  "Chinua", "Wole", "Fela", "Ademola", "Jude", "Obinna", "Emeka", "Tunde", "Babatunde", "Adewale", "Kwame", "Kwabena", "Abdoulaye",
  "Idrissa", "Ismaïla", "Ibrahima", "Alassane", "Yaya", "Abdourahamane", "Faure", "Souleymane", "Haile", "Kenenisa", "Abebe", "Raila",
  "Jakaya", "Salva", "Baraka", "Juma", "Yemane", "Siya", "Temba", "Wayde", "Hakainde", "Filipe", "Samora", "Hage", "Seretse", "Themba",
  "Moïse", "Évariste", "Brice",
];

/** Listed first names borne by women and men alike, or by one in one country and the other in another. */
export const NAMES_OF_EITHER_GENDER: readonly string[] = [
  "Andrea", "Nicola", "Dominique", "Claude", "Camille", "Jamie", "Kim", "Sasha", "Saša", "Sasa", "Morgan", "Robin", "Vivian", "Nour",
  "Kehinde", "Uche", "Tinashe", "Ching-te", "Arda", "Precious", "Linh", "Phuong", "Ngoc", "Michele",
];

/**
 * More given names for the German recogniser's gazetteer features: first names of people who
 * appear in German news, from the German-speaking countries (all generations) and from the rest of
 * the world, in the spellings German news uses (Russian, Ukrainian and Arabic names in German and in
 * English transliteration). Complements FIRST_NAMES in ner-names.ts: names listed there are not
 * repeated, and neither are hyphenated pairs of listed names ("Hans-Dietrich"), which isFirstName
 * in nlp/ner/particles.ts already accepts. Ordinary German words ("Rose", "Emir", "Oscar") and names
 * that are mainly places ("Paris", "Lech", "Gent") are left out. Hand-made from general knowledge;
 * part of this project, MIT.
 */
export const MORE_FIRST_NAMES: readonly string[] = [
  // German-speaking countries: older generations, men
  "Gottfried", "Lothar", "Eberhard", "Gunther", "Gunter", "Achim", "Adalbert", "Adolf", "Albrecht", "Alfons", "Alfred", "Alois", "Ansgar",
  "Anselm", "Arnd", "Arno", "Artur", "Arthur", "Balthasar", "Benno", "Berthold", "Bertram", "Bodo", "Burkhard", "Claus", "Clemens",
  "Conrad", "Cornelius", "Detlef", "Detlev", "Dietrich", "Eckart", "Eckhard", "Edgar", "Eduard", "Egon", "Ekkehard", "Elmar", "Emanuel",
  "Engelbert", "Enno", "Erhard", "Eugen", "Ewald", "Falk", "Falko", "Ferdinand", "Fridolin", "Friedemann", "Friedhelm", "Gebhard", "Gerd",
  "Gerhart", "Gernot", "Gero", "Gerold", "Gert", "Gottlieb", "Götz", "Gunnar", "Gustav", "Hajo", "Hanno", "Hanns", "Hansjörg", "Hanspeter",
  "Hardy", "Harm", "Hartwig", "Hasso", "Heiner", "Heino", "Helge", "Hellmuth", "Helmuth", "Henning", "Heribert", "Holger", "Ignaz",
  "Ignatz", "Immanuel", "Ingmar", "Jochen", "Jost", "Jupp", "Kaspar", "Caspar", "Klemens", "Knut", "Kuno", "Lambert", "Leonhard", "Leopold",
  "Lorenz", "Ludger", "Ludwig", "Magnus", "Meinhard", "Melchior", "Michel", "Nikolaus", "Olav", "Oswald", "Otmar", "Ottmar", "Raimund",
  "Reiner", "Reinhold", "Rüdiger", "Rudi", "Rupert", "Ruprecht", "Siegmar", "Sigmar", "Sigmund", "Siegmund", "Sigurd", "Theodor", "Thilo",
  "Tilo", "Tilman", "Tillmann", "Udo", "Ulf", "Uli", "Veit", "Waldemar", "Walther", "Wendelin", "Wenzel", "Wilfried", "Willi", "Willy",
  "Wolfram", "Xaver", "Wulf", "Kasimir", "Stanislaus", "Valentin", "Severin", "Quirin", "Korbinian", "Vinzenz", "Sepp", "Hansi", "Toni",
  // German-speaking countries: older generations, women
  "Hannelore", "Adelheid", "Adele", "Almut", "Almuth", "Amalie", "Anette", "Anita", "Anneliese", "Annelie", "Annemarie", "Annett",
  "Annette", "Astrid", "Auguste", "Babette", "Beatrix", "Berta", "Bertha", "Brunhilde", "Brunhild", "Christel", "Constanze", "Konstanze",
  "Cordula", "Corinna", "Dora", "Dorothee", "Dörte", "Edda", "Edeltraud", "Edith", "Elfriede", "Eleonore", "Elfi", "Elli", "Elsa", "Else",
  "Elvira", "Erna", "Eveline", "Frauke", "Frieda", "Friederike", "Gabi", "Gerlinde", "Gertraud", "Gesa", "Gesine", "Gitta", "Grete",
  "Gudrun", "Gunda", "Gundula", "Hanne", "Hedwig", "Hedi", "Heidemarie", "Heidi", "Heidrun", "Helene", "Helma", "Hella", "Henriette",
  "Henrike", "Herta", "Hermine", "Hilde", "Hiltrud", "Ida", "Ilka", "Imke", "Inga", "Inge", "Ingeborg", "Irma", "Irmgard", "Isolde",
  "Johanne", "Karla", "Karola", "Käte", "Käthe", "Kornelia", "Lieselotte", "Liselotte", "Lilo", "Lise", "Liesel", "Lotte", "Margarethe",
  "Margit", "Margot", "Margret", "Margrit", "Marianne", "Marita", "Marlene", "Marlies", "Martha", "Mathilde", "Mechthild", "Minna",
  "Ottilie", "Philomena", "Regina", "Regine", "Rosemarie", "Rosmarie", "Roswitha", "Rosi", "Resi", "Vroni", "Sieglinde", "Sigrid", "Sigrun",
  "Sibylle", "Sybille", "Trude", "Ursel", "Uschi", "Walburga", "Wilhelmine", "Wilma", "Waltraut", "Gertrude", "Lisbeth", "Liesbeth",
  "Henny", "Ellen", "Ilona", "Undine", "Uta", "Valeska", "Wencke", "Swantje", "Britta", "Birte", "Carmen",
  // German-speaking countries: middle generations
  "Andre", "André", "Carsten", "Danny", "Enrico", "Falco", "Frederik", "Kay", "Kersten", "Maik", "Marko", "Mirko", "Nico", "Niko", "Ralph",
  "Rene", "René", "Rico", "Ronny", "Sandro", "Sascha", "Swen", "Timo", "Torben", "Marc", "Björn", "Jörn", "Annika", "Bianca", "Carina",
  "Carolin", "Cindy", "Corinne", "Dana", "Denise", "Diana", "Doreen", "Dunja", "Esther", "Franka", "Gabriela", "Isabel", "Isabell",
  "Jacqueline", "Janina", "Janine", "Jeanette", "Jenny", "Juliane", "Kathrin", "Kirsten", "Liane", "Mandy", "Mareike", "Maren", "Meike",
  "Maike", "Mirjam", "Nadja", "Natascha", "Nicola", "Patricia", "Peggy", "Ramona", "Sabrina", "Sandy", "Silvia", "Sonja", "Susann",
  "Susanna", "Tamara", "Yvonne", "Yvette", "Wiebke", "Sina", "Merle", "Tabea", "Rahel", "Rebekka", "Ricarda", "Christin", "Corina",
  "Eileen", "Inken", "Jasmina", "Kathleen", "Mascha", "Nathalie", "Natalie", "Sophia", "Sylvia", "Vivian", "Vivien", "Larissa",
  // German-speaking countries: younger generations
  "Finn", "Fynn", "Noah", "Elias", "Luca", "Luka", "Theo", "Louis", "Liam", "Ben", "Mats", "Malte", "Hannes", "Lenny", "Levi", "Linus",
  "Mika", "Ole", "Lasse", "Jannik", "Jannis", "Yannis", "Bennet", "Bennett", "Carl", "Fiete", "Hendrik", "Jonah", "Jona", "Julius",
  "Kilian", "Lennard", "Lennart", "Leonard", "Levin", "Samuel", "Vincent", "Aaron", "Adrian", "Arne", "Bastian", "Benedikt", "Bjarne",
  "Constantin", "Konstantin", "Darius", "Dario", "Erik", "Eric", "Gabriel", "Ilias", "Jasper", "Joel", "Joshua", "Justus", "Kian", "Marlon",
  "Mattis", "Maxim", "Nick", "Noel", "Till", "Yannick", "Yunus", "Laurin", "Milo", "Piet", "Raphael", "Rafael", "Tristan", "Vito", "Joris",
  "Colin", "Damian", "Ruben", "Mathis", "Henri", "Hugo", "Jakob", "Jacob", "Niclas", "Hauke", "Thies", "Ties", "Sönke", "Sören", "Mia",
  "Leonie", "Emilia", "Emily", "Amelie", "Clara", "Ella", "Lia", "Lilly", "Lilli", "Lily", "Luisa", "Greta", "Mathilda", "Matilda", "Lotta",
  "Pia", "Zoe", "Zoé", "Nele", "Lara", "Jule", "Mira", "Romy", "Ronja", "Thea", "Helena", "Isabella", "Alina", "Paulina", "Josephine",
  "Josefine", "Elisa", "Maja", "Carla", "Finja", "Fenja", "Smilla", "Tilda", "Rieke", "Elif", "Zeynep", "Lina", "Leni", "Luna", "Stella",
  "Mila", "Milla", "Noemi", "Emilie", "Hailey", "Leila", "Laila", "Malia", "Liv", "Valerie", "Josie", "Kimberly", "Luana", "Celine",
  "Chantal", "Fabienne", "Jette", "Mette", "Nora", "Ava", "Emmi", "Hedda", "Lynn", "Mina", "Paula", "Rosalie", "Selma", "Svea", "Alva",
  "Elin", "Tessa", "Lucie", "Lucy",
  // German-speaking countries: hyphenated and compound given names
  "Karlheinz", "Wolf-Dieter", "Kevin-Prince", "Ann-Kathrin", "Ann-Katrin", "Ernst-August",
  // Switzerland and Austria: regional forms and public figures
  "Ueli", "Urs", "Ruedi", "Reto", "Jürg", "Köbi", "Vreni", "Regula", "Seraina", "Flurina", "Mattea", "Priska", "Claudine", "Andri", "Nino",
  "Gino", "Pirmin", "Didier", "Silvan", "Remo", "Breel", "Xherdan", "Yann", "Zeki", "Alisha", "Mujinga", "Ditaji", "Othmar", "Pius",
  "Niklaus", "Leandro", "Loïc", "Ramon", "Mauro", "Elia", "Aline", "Géraldine", "Noëlle", "Stéphanie", "Magali", "Nadia", "Alma", "Leonore",
  "Christopher", "Pamela", "Rainhard", "Niki", "Michaela", "Romed", "Friedensreich", "Ödön", "Senta", "Poldi", "Kathi",
  // German public life, culture and sport
  "Sahra", "Amira", "Tino", "Joschka", "Malu", "Peer", "Katherina", "Caren", "Maybrit", "Jessy", "Marietta", "Ranga", "Timotheus", "Evelyn",
  "Jella", "Lilith", "Devid", "Durs", "Terézia", "Nastassja", "Bertolt", "Amadeus", "Wassily", "Maodo", "Agit", "Malaika", "Mutaz", "Berti",
  "Hennes", "Jogi", "Fredi", "Jeremie", "Odilon", "Loïs", "Ramy", "Renārs", "Célia", "Felicitas", "Zrinka", "Egan", "Wigald", "Elyas",
  "Sasha", "Joscha", "Désirée", "Myriam",
  // English, American, Canadian, Australian
  "Abigail", "Abraham", "Alan", "Alex", "Alicia", "Amanda", "Amy", "Andrew", "Andy", "Anthony", "Antony", "Ashley", "Bernie", "Brad",
  "Brian", "Britney", "Bruce", "Cameron", "Chloe", "Chris", "Claire", "Dan", "Dominic", "Douglas", "Dwight", "Dylan", "Elvis", "Evan",
  "Fiona", "Francis", "Fred", "Grace", "Harrison", "Harry", "Harvey", "Helen", "Hunter", "Ian", "Isaac", "Jack", "Jamie", "Jane", "Janet",
  "Jason", "Jennifer", "Jeremy", "Jerome", "Jesse", "Jill", "Jim", "Jimmy", "Johnny", "Jonathan", "Julie", "Justin", "Karen", "Kate",
  "Katherine", "Kelly", "Kevin", "Kim", "Larry", "Lauren", "Lewis", "Linda", "Liz", "Logan", "Louise", "Madeleine", "Malcolm", "Margaret",
  "Matt", "Matthew", "Meghan", "Melania", "Melissa", "Michelle", "Morgan", "Nancy", "Naomi", "Nathan", "Neil", "Nicholas", "Nigel",
  "Olivia", "Owen", "Philip", "Rachel", "Ray", "Rebecca", "Robin", "Ron", "Ronald", "Ruby", "Ryan", "Sam", "Scott", "Sean", "Sharon",
  "Stephen", "Steven", "Susan", "Ted", "Teresa", "Tommy", "Warren", "Ivanka", "Vivek", "Nikki", "Ilhan", "Condoleezza", "Theodore",
  "Winston", "Sadiq", "Beyoncé", "Rihanna", "Kanye", "Angelina", "Denzel", "Keanu", "Quentin", "Zendaya", "Timothée", "Céline", "Elton",
  "Dua", "LeBron", "Rory", "Usain", "Oprah", "Adam", "Albert",
  // Irish, Scottish, Welsh
  "Siobhán", "Sinéad", "Aoife", "Niamh", "Róisín", "Ciara", "Orla", "Deirdre", "Éamon", "Seamus", "Seán", "Ciarán", "Cian", "Eoin",
  "Declan", "Ronan", "Kieran", "Micheál", "Enda", "Bertie", "Gerry", "Hamish", "Angus", "Alistair", "Callum", "Ewan", "Iain", "Rhys",
  "Gareth", "Nia", "Geraint",
  // French, Belgian, Luxembourgish, Francophone Swiss
  "Édouard", "Edouard", "Élisabeth", "Sébastien", "Jean-Luc", "Éric", "Valérie", "Ségolène", "Dominique", "Bernard", "Laurent", "Alain",
  "Gérald", "Christophe", "Rachida", "Amélie", "Stéphane", "Thierry", "Georges", "Kylian", "Antoine", "Olivier", "Zinédine", "Ousmane",
  "Aurélien", "Raphaël", "Théo", "Adrien", "Franck", "Patrice", "Alexis", "Romain", "Annie", "Édith", "Gérard", "Isabelle", "Juliette",
  "Léa", "Jeanne", "Charlotte", "Serge", "Françoise", "Sylvie", "Xavier", "Yves", "Jean-Baptiste", "Pierre-Emerick", "Alice", "Ariane",
  "Aurélie", "Béatrice", "Camille", "Cécile", "Chloé", "Delphine", "Émilie", "Fanny", "Gisèle", "Hélène", "Inès", "Irène", "Justine",
  "Manon", "Mélanie", "Michèle", "Monique", "Véronique", "Alexandre", "Benoît", "Denis", "Eugène", "Frédéric", "Guillaume", "Jérôme",
  "Joël", "Julien", "Jules", "Lucas", "Mathieu", "Matthieu", "Pascal", "Enzo", "Claude", "Maurice", "Philippe", "Émile", "Marius", "Guy",
  "Paola", "Geert",
  // Italian
  "Sergio", "Romano", "Paolo", "Antonio", "Guido", "Elly", "Giancarlo", "Carlo", "Luigi", "Giorgio", "Massimo", "Pierluigi", "Umberto",
  "Roberto", "Giovanni", "Francesco", "Alessandro", "Lorenzo", "Leonardo", "Federico", "Gianluigi", "Gianluca", "Gianni", "Fabio",
  "Luciano", "Marcello", "Claudio", "Massimiliano", "Filippo", "Valentino", "Alberto", "Federica", "Vincenzo", "Elena", "Vittorio",
  "Giulio", "Francesca", "Chiara", "Giulia", "Alessia", "Valentina", "Roberta", "Antonella", "Lucia", "Marta", "Simona", "Vittoria",
  "Beatrice", "Carlotta", "Ilaria", "Letizia", "Cecilia", "Livia", "Camilla", "Angelo", "Cristian", "Daniele", "Davide", "Emilio",
  "Fabrizio", "Flavio", "Franco", "Mattia", "Maurizio", "Pietro", "Riccardo", "Salvatore", "Stefano", "Tommaso", "Alessio", "Sonia",
  // Spanish and Catalan
  "Yolanda", "Mariano", "Felipe", "Leonor", "Sofía", "Carles", "Oriol", "Josep", "Ada", "Pablo", "Iñigo", "Inés", "Margarita", "Fernando",
  "Andrés", "Xavi", "Iker", "Vicente", "Unai", "Xabi", "Mikel", "Lamine", "Álvaro", "Dani", "Jordi", "Raúl", "Marcos", "Alexia", "Javier",
  "Julio", "Ángel", "Alejandro", "Ana", "Cristina", "Lorena", "Valeria", "Camila", "Mariana", "Adrián", "Eduardo", "Gustavo", "Iván",
  "Jaime", "Jesús", "Jorge", "Manuel", "Martín", "Mateo", "Miguel", "Nicolás", "Óscar", "Ricardo", "Rodrigo", "Sebastián", "Víctor",
  // Latin American
  "Luiz", "Inácio", "Lula", "Jair", "Dilma", "Néstor", "Mauricio", "Enrique", "Edmundo", "Delcy", "Augusto", "Evo", "Dina", "Keiko",
  "Nayib", "Xiomara", "Fidel", "Lautaro", "Emiliano", "Exequiel", "Román", "Neymar", "Ronaldo", "Vinícius", "Vinicius", "Rodrygo",
  "Endrick", "Richarlison", "Alisson", "Ederson", "Thiago", "Tiago", "Ayrton", "Nelson", "Emerson", "Gisele", "Adriana", "Gilberto",
  "Sérgio", "Anderson", "Guilherme", "Henrique", "Matheus", "Fernanda", "Juliana", "Graça", "Leopoldo", "Carolina", "Tatiana", "Edson",
  "Joaquim", "Frida", "Diego", "Violeta", "Belén",
  // Portuguese
  "António", "Aníbal", "Mário", "Luís", "Rui", "Nuno", "Rúben", "Diogo", "João", "Gonçalo", "Inês", "Madalena", "Margarida", "Joana",
  "Catarina", "Filipa", "Mafalda", "Luísa", "Matilde", "Afonso", "Eusébio", "Vítor",
  // Dutch and Flemish
  "Frans", "Wopke", "Willem", "Máxima", "Amalia", "Catharina-Amalia", "Pieter", "Joost", "Johan", "Arjen", "Ruud", "Virgil", "Frenkie",
  "Matthijs", "Georginio", "Jos", "Joop", "Klaas", "Kees", "Henk", "Huub", "Guus", "Bram", "Bas", "Daan", "Jaap", "Jeroen", "Luuk",
  "Maarten", "Rutger", "Sander", "Thijs", "Wim", "Wouter", "Anouk", "Annemiek", "Femke", "Marieke", "Noor", "Saskia", "Sanne", "Dilan",
  "Gerrit", "Sofie", "Yara", "Demi", "Fleur", "Marit", "Sjoeke",
  // Scandinavian (Danish, Norwegian, Swedish)
  "Magdalena", "Haakon", "Gustaf", "Victoria", "Margrethe", "Henrik", "Zlatan", "Benny", "Olof", "Anders", "Göran", "Mikael", "Rasmus",
  "Dag", "Erling", "Fredrik", "Morten", "Roald", "Thor", "Jesper", "Mads", "Niels", "Søren", "Pernille", "Freja", "Malin", "Sanna",
  "Kjetil", "Therese", "Linn", "Casper", "Kristin", "Lene", "Tina", "Nicolai", "Joakim", "Victor", "Dejan",
  // Finnish, Estonian, Baltic, Icelandic
  "Sauli", "Petteri", "Antti", "Juha", "Jussi", "Kimi", "Valtteri", "Teemu", "Jari", "Kalle", "Matti", "Mikko", "Pekka", "Tarja", "Tuomas",
  "Urho", "Ville", "Aki", "Eero", "Elina", "Heikki", "Jukka", "Jyrki", "Martti", "Olli", "Paavo", "Alar", "Toomas", "Kadri", "Gitanas",
  "Dalia", "Vytautas", "Ingrida", "Gabrielius", "Edgars", "Krišjānis", "Valdis", "Evika", "Jeļena", "Anett", "Kaia", "Katrín", "Bjarni",
  "Guðni", "Halla", "Kristrún", "Björk", "Jóhanna", "Vigdís", "Ólafur", "Gylfi", "Aron", "Dagur", "Alfreð", "Ragnar",
  // Polish
  "Andrzej", "Jarosław", "Mateusz", "Beata", "Radosław", "Karol", "Rafał", "Szymon", "Władysław", "Krzysztof", "Sławomir", "Zbigniew",
  "Aleksander", "Bronisław", "Wojciech", "Tadeusz", "Kazimierz", "Leszek", "Ewa", "Małgorzata", "Agnieszka", "Wisława", "Czesław",
  "Stanisław", "Witold", "Jakub", "Łukasz", "Kamil", "Iga", "Magda", "Paweł", "Piotr", "Marek", "Marcin", "Michał", "Tomasz", "Grzegorz",
  "Dariusz", "Mariusz", "Janusz", "Jacek", "Maciej", "Bartosz", "Bartłomiej", "Dawid", "Filip", "Wiktor", "Antoni", "Jerzy", "Józef",
  "Ryszard", "Przemysław", "Mirosław", "Bolesław", "Arkadiusz", "Zygmunt", "Henryk", "Agata", "Aleksandra", "Alicja", "Danuta", "Dorota",
  "Elżbieta", "Jadwiga", "Karolina", "Katarzyna", "Renata", "Weronika", "Zofia", "Bogdan", "Marian", "Rafal", "Slawomir", "Radek",
  // Czech and Slovak
  "Petr", "Miloš", "Václav", "Bohuslav", "Vít", "Tomio", "Markéta", "Karel", "Jiří", "Zdeněk", "Tomáš", "Pavel", "Patrik", "Vladimír",
  "Jaroslav", "Stanislav", "Ladislav", "Lubomír", "Antonín", "Jaromír", "Lukáš", "Ondřej", "Vojtěch", "Dušan", "Věra", "Hana", "Ivana",
  "Kateřina", "Tereza", "Zuzana", "Alena", "Klára", "Karolína", "Barbora", "Nikola", "Andrej", "Mikuláš", "Juraj", "Ján", "Jozef", "Štefan",
  "Tibor", "Pavol", "Marián", "Zdeno", "Dominika", "Katarína", "Mária", "Júlia", "Ludmila", "Zdenek", "Jiri", "Vaclav", "Milos", "Tomas",
  "Katerina", "Veronika",
  // Hungarian
  "Péter", "Katalin", "Tamás", "János", "Ferenc", "Gergely", "Judit", "Gábor", "Zoltán", "László", "Imre", "Sándor", "Attila", "Balázs",
  "Bence", "Csaba", "Dániel", "Dávid", "Endre", "Ernő", "Géza", "György", "Gyula", "István", "József", "Károly", "Lajos", "Levente",
  "Márton", "Máté", "Mihály", "Miklós", "Pál", "Róbert", "Szabolcs", "Zsolt", "Ádám", "Ákos", "Árpád", "Béla", "Bela", "Áron", "Erzsébet",
  "Éva", "Márta", "Viktória", "Zita", "Ágnes", "Dzsenifer", "Krisztina", "Marcell",
  // Romanian and Moldovan
  "Nicușor", "Ilie", "Nicolae", "Călin", "Crin", "Viorica", "Dacian", "Traian", "Liviu", "Florin", "Mihai", "Vasile", "Gheorghe", "Ianis",
  "Mircea", "Alexandru", "Cătălin", "Dumitru", "Ioan", "Lucian", "Octavian", "Radu", "Ștefan", "Teodor", "Tudor", "Vlad", "Andreea",
  "Ioana", "Iulia", "Mihaela", "Roxana", "Maia", "Dorin", "Nicusor", "Calin",
  // Bulgarian
  "Rumen", "Bojko", "Boyko", "Kiril", "Dimitar", "Christo", "Hristo", "Georgi", "Todor", "Simeon", "Kristalina", "Ilijana", "Petar",
  "Krassimir", "Krasimir", "Grigor", "Mladen", "Teodora", "Yana", "Milena", "Nadezhda",
  // Greek and Cypriot
  "Kyriakos", "Antonis", "Giorgos", "Georgios", "Kostas", "Evangelos", "Yanis", "Giannis", "Yorgos", "Nikos", "Konstantinos", "Stefanos",
  "Nikolaos", "Dimitris", "Dimitrios", "Angelos", "Michalis", "Panagiotis", "Petros", "Spyros", "Stavros", "Athanasios", "Christos",
  "Ioannis", "Leonidas", "Theodoros", "Vasilis", "Alexandros", "Anastasios", "Athina", "Dimitra", "Eleni", "Ioanna", "Melina", "Xenia",
  "Nikolas",
  // Russian (German and English transliteration)
  "Dmitrij", "Dmitry", "Sergey", "Alexandr", "Aleksandr", "Alexey", "Jewgeni", "Jewgenij", "Yevgeny", "Evgeny", "Wassili", "Vasily",
  "Waleri", "Valery", "Jurij", "Yuri", "Gennadi", "Grigori", "Igor", "Ilja", "Ilya", "Ivan", "Jelena", "Yelena", "Jekaterina", "Ekaterina",
  "Julija", "Yulia", "Kirill", "Lev", "Leonid", "Maksim", "Mikhail", "Nikita", "Oleg", "Pjotr", "Ruslan", "Stanislaw", "Wadim", "Vadim",
  "Walentin", "Wjatscheslaw", "Vyacheslav", "Witali", "Vitaly", "Fjodor", "Anatoli", "Andrei", "Andrey", "Artjom", "Artem", "Daniil",
  "Ramsan", "Ramzan", "Alexandra", "Anastasia", "Darja", "Daria", "Galina", "Irina", "Ljudmila", "Marija", "Natalja", "Oxana", "Oksana",
  "Swetlana", "Svetlana", "Jaroslaw", "Lydia", "Nina", "Kira",
  // Ukrainian and Belarusian
  "Olena", "Petro", "Yuliia", "Dmytro", "Andrij", "Andriy", "Andrii", "Oleksij", "Oleksiy", "Oleksii", "Oleksandr", "Kyrylo", "Denys",
  "Mychajlo", "Mykhailo", "Iryna", "Ihor", "Taras", "Serhij", "Serhiy", "Serhii", "Mykola", "Vasyl", "Bohdan", "Oleh", "Olha", "Switlana",
  "Svitlana", "Oleksandra", "Jewhen", "Yevhen", "Arsenij", "Arseniy", "Ruslana", "Aljaksandr", "Swjatlana", "Sviatlana", "Maryja", "Ales",
  "Raman", "Pavlo", "Yaroslava", "Kateryna",
  // Caucasus and Central Asia
  "Nikol", "Serzh", "Sersch", "Ilham", "Ilcham", "Heydar", "Mehriban", "Salome", "Irakli", "Bidsina", "Bidzina", "Micheil", "Mikheil",
  "Giorgi", "Zviad", "Kassym-Jomart", "Kassym-Schomart", "Schawkat", "Shavkat", "Emomali", "Sadyr", "Serdar", "Gurbanguly", "Khvicha",
  "Chwitscha", "Henrikh", "Henrich", "Levan", "Tamar", "Aram", "Armen", "Arsen", "Tigran", "Rustam", "Timur", "Aslan", "Achmat", "Schamil",
  "Chabib", "Khabib", "Magomed", "Nika", "Valeri", "Farid", "Leyla", "Kamran", "Aida", "Marat", "Zarina",
  // Serbian, Montenegrin, Macedonian
  "Aleksandar", "Ivica", "Tomislav", "Slobodan", "Zoran", "Vojislav", "Novak", "Dragan", "Nemanja", "Branislav", "Ratko", "Radovan",
  "Milorad", "Željka", "Goran", "Milica", "Dragana", "Snežana", "Vesna", "Biljana", "Ljiljana", "Gordana", "Mirjana", "Nataša", "Tijana",
  "Bojana", "Jovana", "Sanja", "Bojan", "Branko", "Darko", "Đorđe", "Djordje", "Jovan", "Lazar", "Miroslav", "Nebojša", "Nenad", "Predrag",
  "Saša", "Slavko", "Uroš", "Vlado", "Vuk", "Zlatko", "Željko", "Zvonimir", "Siniša", "Andrija", "Jakov", "Milojko", "Dritan", "Stevo",
  "Hristijan", "Eljif", "Ilija", "Vlatko", "Dusan", "Sasa", "Zeljko", "Natasa",
  // Croatian, Bosnian, Slovenian
  "Kolinda", "Ivo", "Franjo", "Stjepan", "Joško", "Josko", "Davor", "Slaven", "Marin", "Janica", "Ante", "Antun", "Božidar", "Damir",
  "Danijel", "Dražen", "Hrvoje", "Josip", "Krešimir", "Kristijan", "Vedran", "Zdravko", "Lovro", "Duje", "Jadranka", "Dubravka", "Lucija",
  "Ema", "Iva", "Edin", "Miralem", "Sead", "Vedad", "Alija", "Bakir", "Adnan", "Amar", "Emin", "Enes", "Fikret", "Kemal", "Mirza",
  "Muhamed", "Nedim", "Nermin", "Samir", "Azra", "Emina", "Lejla", "Sabina", "Zehra", "Jusuf", "Munir", "Janez", "Borut", "Tadej", "Primož",
  "Anže", "Domen", "Jure", "Matej", "Rok", "Alenka", "Slavoj", "Marjan", "Gal",
  // Albanian and Kosovar
  "Edi", "Sali", "Ilir", "Bajram", "Albin", "Vjosa", "Hashim", "Ramush", "Enver", "Taulant", "Shkodran", "Armando", "Valon", "Vedat",
  "Liridon", "Blerim", "Agon", "Arben", "Arian", "Besart", "Fatmir", "Kastriot", "Petrit", "Drita", "Mimoza", "Teuta", "Afrim", "Burim",
  "Luan", "Adem", "Agim", "Bashkim", "Fadil", "Flamur", "Isa", "Rexhep", "Skender", "Besa",
  // Turkish
  "Abdullah", "Ahmet", "Alper", "Arda", "Barış", "Baris", "Bekir", "Berk", "Burak", "Bülent", "Can", "Celal", "Cemal", "Cengiz", "Cenk",
  "Deniz", "Devlet", "Ekrem", "Emre", "Engin", "Erdal", "Erdem", "Eren", "Erkan", "Ertuğrul", "Ferhat", "Feridun", "Furkan", "Gökhan",
  "Hamza", "Hande", "Hikmet", "Hulusi", "İlhan", "İlkay", "Ilkay", "İsmail", "Ismail", "İsmet", "Kaan", "Kadir", "Kenan", "Kerem", "Levent",
  "Mahmut", "Mansur", "Mert", "Mesut", "Mevlüt", "Muharrem", "Murat", "Necmettin", "Nihat", "Oğuz", "Okan", "Onur", "Orhan", "Osman",
  "Ömer", "Omer", "Özgür", "Ramazan", "Salih", "Selahattin", "Selim", "Serkan", "Sinan", "Süleyman", "Şahin", "Sahin", "Şükrü", "Tayyip",
  "Tarkan", "Tolga", "Turgut", "Uğur", "Ugur", "Umut", "Volkan", "Yaşar", "Binali", "Meral", "Cevdet", "Bilal", "Esra", "Canan", "Tülay",
  "Sevim", "Aydan", "Serap", "Ferda", "Derya", "Gökay", "Macit", "Filiz", "Merve", "Büşra", "Ebru", "Gizem", "Gül", "Hatice", "Hülya",
  "Meltem", "Nesrin", "Özlem", "Ozlem", "Pınar", "Pinar", "Seda", "Sibel", "Yasemin", "Aslı", "Ayla", "Kübra", "Rabia", "Dilara", "Arif",
  "Aziz", "Cihan", "Çağatay", "Erol", "Fatih", "Halil", "Mazlum", "Metin", "Nazım", "Nuri", "Ozan", "Sami", "Tarık", "Ümit", "Yasin",
  "Yılmaz", "Zafer", "Ayşegül", "Mehmed", "Muhammed",
  // Kurdish
  "Azad", "Baran", "Berivan", "Diyar", "Nechirvan", "Masrour", "Masoud", "Mazloum", "Jalal", "Jina", "Mahsa",
  // Arabic (Levant, Gulf, Iraq, Egypt)
  "Mohammad", "Mohamed", "Mohamad", "Mahmoud", "Abdallah", "Abdulaziz", "Abdelaziz", "Abdelmadjid", "Abdalla", "Abbas", "Adel", "Adil",
  "Alaa", "Amin", "Amir", "Amr", "Anas", "Anwar", "Ashraf", "Ayman", "Bashir", "Jamal", "Dschamal", "Gamal", "Faisal", "Farouk", "Fouad",
  "Habib", "Hadi", "Hafez", "Hakim", "Hamid", "Harun", "Hosni", "Hussein", "Idris", "Kamal", "Karim", "Khaled", "Khalid", "Chalid",
  "Khalil", "Mahdi", "Malik", "Mansour", "Marwan", "Moussa", "Musa", "Nabil", "Naguib", "Najib", "Nasser", "Osama", "Usama", "Qassem",
  "Kassem", "Rachid", "Rashid", "Rafik", "Rami", "Saad", "Saddam", "Salah", "Salim", "Salman", "Suleiman", "Tamim", "Tarek", "Tariq",
  "Tarik", "Walid", "Yahya", "Yasser", "Jassir", "Yassin", "Youssef", "Jussuf", "Zayed", "Muammar", "Saif", "Kais", "Muqtada", "Rania",
  "Raed", "Ammar", "Fahad", "Fahd", "Mostafa", "Nour", "Aisha", "Amal", "Amina", "Asma", "Aya", "Farah", "Fatima", "Iman", "Jamila",
  "Yasmin", "Yasmine", "Khadija", "Layla", "Maryam", "Mariam", "Mona", "Reem", "Salma", "Samira", "Sawsan", "Zahra", "Zainab", "Lamya",
  // Maghreb (Moroccan, Algerian, Tunisian, Libyan)
  "Achraf", "Sofiane", "Soufiane", "Noussair", "Sofyan", "Ismaël", "Zinedine", "Rayan", "Amine", "Aymen", "Ons", "Abdelhak", "Oussama",
  "Mehdi", "Mourad", "Kamel", "Djamel", "Driss", "Mustapha", "Younes", "Leïla", "Malika", "Meryem", "Sanae", "Aïcha", "Farida", "Idriss",
  "Saïd", "Yacine", "Béji", "Kaïs",
  // Persian and Afghan
  "Ebrahim", "Massoud", "Javad", "Dschawad", "Hossein", "Ruhollah", "Mojtaba", "Modschtaba", "Reza", "Shirin", "Narges", "Nasrin", "Masih",
  "Golshifteh", "Jafar", "Dschafar", "Asghar", "Navid", "Omid", "Babak", "Bijan", "Farhad", "Hamed", "Milad", "Ramin", "Shahin", "Hengameh",
  "Neda", "Pegah", "Soraya", "Hibatullah", "Zabihullah", "Sirajuddin", "Gulbuddin", "Najibullah", "Zalmay", "Arash", "Nazanin",
  // Hebrew and Israeli
  "Jitzchak", "Yitzhak", "Schimon", "Shimon", "Ariel", "Ehud", "Naftali", "Yair", "Avigdor", "Itamar", "Bezalel", "Yoav", "Golda", "Moshe",
  "Chaim", "Noam", "Noa", "Yuval", "Salomon", "Moses", "Isaak", "Saul", "Nathanael", "Micha", "Ephraim", "Talia",
  // South Asian (Indian, Pakistani, Bangladeshi, Sri Lankan, Nepali)
  "Rahul", "Indira", "Rajiv", "Manmohan", "Amit", "Arvind", "Priyanka", "Sanjay", "Mukesh", "Gautam", "Sundar", "Satya", "Shahrukh", "Ravi",
  "Arjun", "Vikram", "Anand", "Priya", "Imran", "Nawaz", "Shehbaz", "Asif", "Benazir", "Pervez", "Malala", "Hasina", "Katrina", "Tara",
  "Murad",
  // Chinese and Taiwanese (given names as usually written in the press)
  "Jinping", "Keqiang", "Qiang", "Jiabao", "Jintao", "Zemin", "Xiaoping", "Zedong", "Enlai", "Liyuan", "Weiwei", "Xiaobo", "Ing-wen",
  "Ching-te", "Kai-shek",
  // Japanese
  "Shinzō", "Fumio", "Yoshihide", "Shigeru", "Junichiro", "Naoto", "Yukio", "Yoshihiko", "Yuriko", "Naruhito", "Akihito", "Masako",
  "Michiko", "Aiko", "Hirohito", "Haruki", "Hayao", "Akira", "Takeshi", "Kenji", "Hiroshi", "Yuki", "Yuko", "Shohei", "Ichiro", "Takumi",
  "Kaoru", "Wataru", "Daichi", "Ritsu", "Makoto", "Shinji", "Hiroki", "Yuya", "Atsuto", "Takuma", "Genki", "Hidetoshi", "Takashi",
  "Satoshi", "Kei", "Yoko", "Sakura", "Ryuichi", "Hideo", "Masayoshi", "Tadashi", "Akio", "Koji", "Osamu", "Seiji", "Hideki", "Kohei",
  "Yuzuru", "Kazuo", "Yusuke",
  // Korean (given names as usually written in the press)
  "Jae-in", "Suk-yeol", "Jae-myung", "Geun-hye", "Myung-bak", "Moo-hyun", "Dae-jung", "Young-sam", "Chung-hee", "Jong-un", "Jong-il",
  "Il-sung", "Yo-jong", "Ki-moon", "Heung-min", "Min-jae", "Woo-yeong", "Kang-in", "Ji-sung", "Bum-kun", "Du-ri", "Dong-won", "Ja-cheol",
  "Chan-wook", "Joon-ho", "Jung-jae", "Kyung-wha", "Jung-kook", "Jennie", "Jisoo", "Jae-yong", "Kun-hee", "Ju-yung", "Eui-sun",
  // Southeast Asian
  "Minh", "Thanh", "Huong", "Linh", "Tuan", "Quang", "Phuong", "Trong", "Phuc", "Chinh", "Anh", "Duc", "Hung", "Thao", "Trang", "Ngoc",
  "Thaksin", "Yingluck", "Prayut", "Paetongtarn", "Srettha", "Anutin", "Bhumibol", "Sirikit", "Abhisit", "Prawit", "Joko", "Prabowo",
  "Susilo", "Megawati", "Gibran", "Sukarno", "Suharto", "Anies", "Ganjar", "Imelda", "Bongbong", "Corazon", "Benigno", "Mahathir",
  "Muhyiddin", "Lawrence", "Tharman", "Halimah",
  // African: West Africa
  "Bola", "Muhammadu", "Goodluck", "Olusegun", "Umaru", "Atiku", "Yemi", "Ngozi", "Chimamanda", "Chinua", "Wole", "Fela", "Ademola",
  "Wilfred", "Kelechi", "Taiwo", "Kehinde", "Jude", "Obinna", "Chidi", "Chinedu", "Chioma", "Emeka", "Ifeanyi", "Nnamdi", "Tunde",
  "Babatunde", "Adebayo", "Adewale", "Femi", "Segun", "Uche", "Abubakar", "Sani", "Yakubu", "Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw",
  "Kwasi", "Kojo", "Ama", "Abena", "Ransford", "Macky", "Bassirou", "Léopold", "Abdoulaye", "Sadio", "Kalidou", "Idrissa", "Ismaïla",
  "Aliou", "Mamadou", "Ibrahima", "Amadou", "Alassane", "Yaya", "Kolo", "Assimi", "Abdourahamane", "Mahamadou", "Boubacar", "Mamadi",
  "Faure", "Rigobert", "Amad", "Serhou", "Aminata", "Fatou", "Awa", "Aïssatou", "Mariama", "Adama", "Kadiatou", "Oumou", "Salif", "Seydou",
  "Souleymane", "Cheick", "Bakary", "Oumar", "Kingsley", "Genevieve",
  // African: East Africa and Horn of Africa
  "Abiy", "Isaias", "Haile", "Meles", "Hailemariam", "Sahle-Work", "Debretsion", "Getachew", "Kenenisa", "Tirunesh", "Genzebe", "Almaz",
  "Letesenbet", "Tewodros", "Tedros", "Yohannes", "Abebe", "Dawit", "Solomon", "Uhuru", "Raila", "Mwai", "Jomo", "Rigathi", "Wangari",
  "Lupita", "Ngũgĩ", "Eliud", "Kelvin", "Jakaya", "Yoweri", "Idi", "Milton", "Juvénal", "Salva", "Riek", "Baraka", "Juma", "Kamau",
  "Zawadi", "Imani", "Asha", "Halima", "Hellen", "Sifan", "Abdi", "Ayaan", "Warsan", "Yemane", "Amanuel", "Biniam", "Henok",
  // African: Central and Southern Africa
  "Thabo", "Winnie", "Desmond", "Mmusi", "Nkosazana", "Naledi", "Siya", "Kagiso", "Temba", "Caster", "Wayde", "Charlize", "Emmerson",
  "Hakainde", "Lazarus", "Filipe", "Venâncio", "Samora", "Hage", "Netumbo", "Mokgweetsi", "Seretse", "Mswati", "Thandiwe", "Themba",
  "Sipho", "Bongani", "Lindiwe", "Jabulani", "Félix", "Moïse", "Évariste", "Brice", "Mahamat", "Andry", "Laurent-Désiré", "Aboubakar",
  "Clarisse", "Immaculée", "Jeanine", "Josiane", "Marthe", "Odette", "Solange", "Blessing", "Tendai", "Tinashe", "Precious", "Mercy",
  // Canada, Oceania, the Caribbean
  "Jacinda", "Tanya", "Chrystia", "Danielle", "Catherine", "Élise", "Shelly", "Portia", "Kamla", "Jovenel", "Jean-Bertrand", "Wyclef",
  "Michaëlle",
];

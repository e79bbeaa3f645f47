rdf

"""probe76 corpus notes, D01-D07 (teledermatology e-consults and photo triage; all invented)."""

D01 = {"patient_id": "D01", "age": 63, "sex": "F", "notes": [
("2021-10-11", "Teledermatology E-Consult Request", """
E-CONSULT REQUEST -- store & forward
Requesting clinician: Priya Venkataraman, NP (Eastgate Kidney Center)
Urgency: within 24-48 h

Clinical question: ?calciphylaxis vs injection-site abscess. Is it ok to start cephalexin while waiting on you??

Background: 63 yo F, ESRD, dialyses with us Tues-Thurs-Sat since 2017 (L arm fistula, works well). T2DM, detemir + lispro, all self-injected into the L lower abd just lateral to the navel -- she moved every shot there in June 2020 when her vision got worse, says it is the only patch she can actually see. HTN, gout. BMI 34.6. No anticoagulants.
HPI: pain began 10/02/2021 as a tender firm knot at that injection patch; over the past week it turned dusky and now has a dark middle. Afebrile on the unit x3 runs.

Attached: 3 photos (1 = overview abdomen, 2 = close-up w/ paper ruler, 3 = oblique w/ flash)
"""),
("2021-10-12", "E-Consult Response - Dermatology", """
Teledermatology answer
Reviewed by: T. Brzezinski MD, Dermatology. Time on this consult: 14 min.

What the pictures show: Photo 2 (ruler) - stellate violaceous plaque about 5.5 x 4 cm in the left periumbilical skin with a grey-black central eschar roughly 1.5 cm wide; a purple net pattern fans out toward the flank. No pustules, no pointing. Photo 3 adds a shallow erosion at the lower margin. Photo 1 is a bit blurred but nothing comparable shows up to the R of her umbilicus.

Impression: painful necrotic plaque in a dialysis pt w/ diabetes and obesity, sitting squarely in the skin she has needled daily for >1 yr. I'd treat it as calciphylaxis till the path says otherwise. Bacterial infection seems less likely (no fever, no pus).

Advice:
- hold the cephalexin unless she spikes or it starts draining
- needs an in-person deep incisional or 6 mm punch at the EDGE (not a shave, not the centre) - our scheduler will call her for Thurs
- insulin to go into the upper arms for now
- please ask renal to recheck Ca, phos, PTH and review her binder
Reply here w/ questions.
"""),
("2021-10-29", "Teledermatology Follow-up Message", """
Priya - closing the loop on Ms Adeyemi-Ross.
Deep punch (clinic, 10/14), edge sample from the periumbilical plaque (L side): arterioles in the subcut fat show calcified media plus intraluminal thrombi, and the fat lobules are necrotic; calcium stain (von Kossa) is positive. Final dx: calciphylaxis.
The plaque lines up exactly with the spot she has injected since mid-2020, so the repeated needling most likely set it off.
Renal started IV sodium thiosulfate with each run on 10/21 and switched her binder. Wound RN doing hydrofiber + foam, q48h. She is now injecting only into the arms. Weight stable (BMI still 34.6).
Happy to see her photos again in 3 wks - pls just re-submit under the same consult number.
"""),
]}

D02 = {"patient_id": "D02", "age": 71, "sex": "M", "notes": [
("2019-11-20", "Photo Triage - Dermatology", """
PHOTO TRIAGE (patient-submitted, mobile app)
Pt message, verbatim: "my left knee has gone black in one place and it is killing me at night. the home dialysis nurse told me send you some pics"

Triage RN summary (K. Oduya):
71M, does nightly cycler peritoneal dialysis at home. Mechanical mitral valve, so he takes warfarin (target INR ~3). No DM on his problem list. Arthritis both knees, L worse. His wife says he straps one of those freezer gel packs round the L knee every evening "for an hour or two while the news is on" - started that in August after the orthopaedic visit where he was told ice not heat. The dark spot showed up 3 weeks ago on the inside of that same knee, at first just a purple blotch.
Images received: 2
 A - medial L knee: irregular black crust approx 3 cm, angular purple border, lacy violet rim spreading up toward the thigh
 B - R knee for comparison: normal
Priority assigned: URGENT - sent to on-call dermatologist.
"""),
("2019-11-21", "E-Consult Response - Dermatology", """
Tele-video + photo review, on-call derm (Dr. S. Halvorsen)
Confirmed w/ pt on video: skin over the medial left knee is exquisitely tender; eschar (ruler on screen: three cm long, two and a half wide), surrounded by a retiform violaceous halo, no fluctuance, no tracking erythema. Pt points out that the cold pack sits exactly there.

Assessment: calciphylaxis, clinical diagnosis. Risk profile fits (peritoneal dialysis, long-term warfarin) and the morphology is classic; the lesion has come up in skin that was chilled daily for ~3 months.
Biopsy NOT done for now - INR 3.4, wound over a joint, I judge the risk greater than the benefit since it would not change mgmt today.

Recs:
1. no more ice/gel packs on either knee
2. I have messaged his cardiologist + nephrologist re: the anticoagulant - his valve rules out apixaban & co, so that one is theirs to weigh up
3. non-adherent silicone dressing, leave the crust intact
4. pain: low-dose gabapentin post-exchange ok'd by renal
"""),
("2019-12-09", "Teledermatology Follow-up Message", """
Message from pt's wife (Beryl):
hello, just an update, gerald stopped the ice the same day you said. pain is a bit better with the gabapentin, he slept 5 hrs last night. the black part looks the same size to me, the purple is maybe less. new pics attached. the PD clinic weighed him friday, they said his BMI is 27.1 if you need that

Reply (derm): Thank you Beryl - photos reviewed. The eschar is stable, the violet net around it is fading, which is what we hope for. Keep the dressing as shown. Next photo check in 2 weeks, sooner if any pus, fever or new dark areas.
"""),
]}

D03 = {"patient_id": "D03", "age": 77, "sex": "F", "notes": [
("2022-05-24", "Teledermatology E-Consult Request", """
eConsult -- Dermatology
From: Helen Sorby, MD (Family Medicine, Birchfield Clinic)
Q: Stocking dermatitis vs vasculitis vs something worse? Photos x4 uploaded.

77 y/o woman on HD MWF for ~6 yrs (hypertensive nephrosclerosis). DM type 2 (linagliptin tabs) - no insulin ever. Was on warfarin for a DVT but it was stopped in 2017 after a GI bleed. Obesity - BMI 33 at her last visit.
In March 2022 the vein clinic put her in class 2 below-knee compression hose for leg edema; she wears them every day, all day.
Since early May: painful purple rings around both calves right where the elastic top band sits. This week a couple of black patches on the left one. No fever.
"""),
("2022-05-26", "E-Consult Response - Dermatology", """
Dermatology eConsult reply -- R. Castellanos, MD

Images: (1,2) upper calves bilat show band-like livedo racemosa circling the leg about a hand-breadth below the popliteal fold. (3) L calf: two stellate ulcers with adherent black eschar, 1.5 and 2 cm, with dusky purple edges. (4) R calf: firm violaceous plaques, skin still intact. The stocking top is visible in photo 4 and matches the band of change exactly.

My read: strongly suspect calciphylaxis, set off where the tight band has been compressing the skin since March. Stocking contact dermatitis would itch and scale, not necrose. Vasculitis is less likely with this distribution.
Recs: stop the stockings now (elevation instead). Needs a deep punch or incisional bx from the edge of an R calf plaque; I can do it Tues 5/31 if she can come in. Labs: Ca, phos, PTH, alk phos. Pain control per renal.
"""),
("2022-06-15", "Teledermatology Follow-up Message", """
Follow-up to Dr Sorby:
Bx from the R calf plaque (5/31): thrombosed, calcium-encrusted small subcutaneous vessels plus panniculitis -> calciphylaxis confirmed.
She has stopped the stockings; the R side plaques are softer, the L ulcers unchanged. Thiosulfate started on HD.
FYI she has lost 8 kg since the spring with the renal dietitian - BMI 29.8 today.
No further e-consult needed unless new sites; wound clinic has her.
"""),
]}

D04 = {"patient_id": "D04", "age": 58, "sex": "M", "notes": [
("2023-04-18", "Teledermatology E-Consult Request", """
E-CONSULT: DERMATOLOGY
Requesting: Marcus Fenwick PA-C, General Surgery
Question: mesh infection vs a skin problem? please look at pics before we bring him back to the OR

58M, Dr. Mbeki did an open mesh repair of his R inguinal hernia on 02/07/2023. Incision closed nicely at the 2-wk post-op check. About 4 weeks ago he noticed a hard, very painful, darkening strip along the outer half of the scar. No drainage, no fevers.
PMH: ESRD, dialysing through a right-neck permcath until the L AVF is ready. DM2 on glargine, injects into his upper arms. BMI 36.2. No blood thinners.
Photos: 2, uploaded 4/17 by clinic RN.
"""),
("2023-04-19", "E-Consult Response - Dermatology", """
Dermatology e-consult reply (Dr. A. Ferreira-Lind)
Photo 1: healed linear scar of the right groin, ~7 cm. Along its lateral 4-5 cm there is woody induration, a retiform violaceous border, and a 2 cm black eschar at the lateral end. Photo 2: close-up, no sinus tract or pus visible.

Assessment: this is worrying for calciphylaxis developing within the surgical scar (dialysis, diabetes, obesity). Mesh infection should still be ruled out, but the net-like purpura and eschar are not typical of deep infection.
Plan suggested:
 a) wedge/incisional biopsy from the margin - derm can do it Monday
 b) CT pelvis if surgery remains worried about the mesh
 c) nephrology notified today re: Ca x P product, PTH
 d) no further manipulation of the scar (no probing or packing) until path is back
"""),
("2023-05-03", "Teledermatology Follow-up Message", """
To: M. Fenwick PA-C / cc nephrology
Path from the right groin scar margin: calcific uremic arteriolopathy -- pathologist describes mural calcium in tiny dermal/subcut vessels, fibrin thrombi, necrotic fat. CT: no collection around the mesh.
So: calciphylaxis in the hernia incision, and the surgical wound is the obvious local trigger. No need for the OR from our side.
Renal starting thiosulfate; wound clinic weekly. Glargine stays in the arms.
"""),
]}

D05 = {"patient_id": "D05", "age": 66, "sex": "F", "notes": [
("2024-07-26", "Photo Triage - Dialysis Unit", """
PHOTO TRIAGE REQUEST from Riverside HD unit (RN J. Castillo)
Pt: 66 F, in-center HD MWF. Afib on Coumadin. No DM. BMI 24.3.
Story: at her son's Fourth of July barbecue she caught her RIGHT upper arm (posterior, triceps area) on the car door frame - got a big bruise. The bruise faded but that same patch went hard and super painful starting on the 19th. Rates pain 9/10, sleeps propped on the left now. INR Monday 2.9.
2 photos attached (posterior R arm, taken chairside under unit lights so colour is off a little).
Q for derm: hematoma? or is this the calciphylaxis thing we had the in-service about?
"""),
("2024-07-27", "E-Consult Response - Dermatology", """
Response - teledermatology (Dr. N. Okonkwo-Baptiste)
Photos reviewed. Posterior right upper arm: firm plaque, roughly 7 cm long and 5 wide, with a net-like violet border and a central dusky grey zone. Only a faint yellow-green stain remains from the original bruise, at the lower edge.
Impression: concern for calciphylaxis in the area of the July 4 injury. Ddx warfarin-related skin necrosis, organizing hematoma.
Recs: in-person punch biopsy (I have a slot Thursday 8/1); check Ca/phos/PTH on Monday's run; do not apply heat or massage; please flag the anticoagulant to nephrology now rather than later.
"""),
("2024-08-02", "Patient Portal Result Message", """
Dear Ms. Lindqvist-Hale,
The result of the sample we took from your right arm (Thursday) is in. Under the microscope, calcium is sitting in the walls of very small vessels in the fatty layer, and some are blocked by clot. This confirms calciphylaxis. It started where you hurt your arm on the car door, which happens in this condition: an injury can be the spot where it begins.
Sodium thiosulfate, given through the dialysis machine, is the next step your kidney doctors will arrange, and will talk to you about changing your Coumadin. Please keep the dressing on as the nurse showed you.
- Dermatology teleconsult team
"""),
("2024-08-14", "Teledermatology Follow-up Message", """
pt message:
thank u doctor for explaining. the dialysis dr changed me off the coumadin to eliquis last week. arm still sore but the black part is not getting bigger i think. sending 2 new pics

derm reply: Thanks - pictures look stable, edges slightly less purple. Keep going with the plan; next photos in 2 wks or sooner if it opens up or smells.
"""),
]}

D06 = {"patient_id": "D06", "age": 49, "sex": "M", "notes": [
("2018-10-02", "Teledermatology E-Consult Request", """
eConsult to Dermatology
From: Nephrology fellow (Dr. Ilse Marchetti)
Clinical Q: Nicolau syndrome vs calciphylaxis? How urgent is biopsy?

49M, ESRD from FSGS, on HD x 4 yrs. Morbid obesity, BMI 41.5. Not diabetic, no warfarin.
Hem/onc infusion center gave him IM iron dextran, left gluteal (upper outer quadrant), on 09/04/2018 after two failed IV attempts (Z-track). Two weeks ago that exact spot became exquisitely painful; now dark purple w/ a blackish centre and he cannot sit on that side.
3 images taken by his wife, attached. Sorry for the quality.
"""),
("2018-10-03", "E-Consult Response - Dermatology", """
Derm e-consult answer -- Dr. P. Nakashima
Photos: left upper outer gluteal skin - irregular plaque about 8 cm, livedoid violet network at the periphery, central black eschar ~3 cm with stellate margins. Right buttock normal in image 3.
Opinion: the location marks the injection site. Nicolau (embolia cutis medicamentosa) is usually immediate pain and livedo within hours of the shot; here the pain came on two weeks later, in a dialysis pt with obesity, so calciphylaxis is high on my list.
Please: 1) deep incisional biopsy at the edge, in person this week (order placed), 2) Ca, phos, PTH, albumin, 3) no further IM injections into the buttocks.
"""),
("2018-10-19", "Teledermatology Follow-up Message", """
Update for Dr. Marchetti:
Incisional bx L buttock (10/8): calcium along the media of arterioles, thrombus in their lumens, septal + lobular panniculitis, von Kossa positive. Diagnosis calciphylaxis. No features of drug embolization.
Agree with your plan for thiosulfate 3x/wk on HD and a cinacalcet trial. Needs bariatric-friendly cushion for the dialysis chair.
"""),
]}

D07 = {"patient_id": "D07", "age": 54, "sex": "F", "notes": [
("2020-02-24", "Teledermatology E-Consult Request", """
E-consult (store and forward) -- requested by Dr. Oyelaran, PD clinic
54F on CAPD. T2DM on an insulin pump (pods on her abdomen). BMI 30.0. Old R renal stone w/ chronic R-sided flank ache. Since Thanksgiving she sleeps w/ a plug-in heat pad against her R flank, often left on all night.
Since the beginning of February there is a tender purplish patch on the R flank where the pad lies, now w/ a black middle.
question - burn from the pad? or calciphylaxis? pics x 3
"""),
("2020-02-25", "E-Consult Response - Dermatology", """
Teledermatology reply (Dr. H. Abernethy)
Image findings: right flank - 6 x 4 cm plaque, branching purpura, dark eschar in the middle; around it a reticulated brown hyperpigmented net (erythema ab igne from the chronic heat). Left flank and abdominal pod sites unremarkable.
Assessment: concerning for calciphylaxis arising in heat-damaged skin. Pad burns don't usually look retiform like this.
Advice: stop the heating pad entirely; punch bx from the edge (can do in-person Mon); check calcium-phosphate, PTH; let the PD team know.
"""),
("2020-04-07", "Teledermatology Follow-up Message", """
F/u note for the PD clinic:
R flank edge biopsy: subcut arterioles calcified and clotted. Calciphylaxis confirmed.
Note she moved from PD to in-center hemodialysis in March after an episode of peritonitis, so thiosulfate is now given on HD. Heating pad gone. BMI unchanged at 30.0. Plaque dry, eschar lifting at edges.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]

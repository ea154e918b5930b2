"""probe166 corpus notes, A08-A14 (sports medicine, athletic training and the clinics around them; all invented)."""

A08 = {"patient_id": "A08", "age": 66, "sex": "F", "notes": [
("2024-08-20", "Physiotherapy Initial Assessment", """
PHYSIOTHERAPY - SPORTS CLINIC INITIAL ASSESSMENT
Client: 66 F, R hand dominant, masters doubles tennis 3x/wk (65+ ladder), some pickleball
Referral: GP, R lateral elbow pain

Hx: 4 months of R lateral elbow pain with backhands and lifting the kettle. Bought a counterforce
strap earlier this summer; wears it on the R upper forearm "all day, even at dialysis" and
tightens it firmly. No night pain, no paraesthesia.
PMH: ESRD, dialysis TTS (AVF in the L upper arm); DM2, insulin glargine plus aspart;
HTN; hypothyroidism.

Obj: TTP at ECRB origin R. Pain-free grip 14 kg R / 26 kg L. Cozen's +, Maudsley's +.
Cervical screen clear. Skin: strap line across R proximal forearm, mild indentation, no colour
change.
BMI 29.6 (self-report)

Imp: R lateral elbow tendinopathy, reactive on degenerative.
Plan: isometric wrist extension loading, then flexbar twist progression; check racquet grip size;
advised wearing the strap only for play and looser - client prefers to keep it on through the day.
1x/wk x 6 wks.
"""),
("2024-11-19", "Hemodialysis Unit Physician Note", """
HD UNIT - MD monthly note
66F, ESRD (diabetic nephropathy), HD TTS, L UA AVF.

New issue: exquisitely painful lump R upper forearm since early November, now darkening. Can't
hold a racquet or a coffee cup with that hand.

Exam: R proximal dorsoradial forearm: firm violaceous nodule 3 x 3 cm, 8 mm eschar centrally,
livedo around it. Not warm, no streaking.
Labs: iPTH 1120 (H), phos 8.1, Ca 9.4, albumin 3.0, Kt/V 1.42
Meds: insulin glargine 22 u, aspart SSI, sevelamer, calcitriol 0.5 mcg, levothyroxine
BMI 29.9 = overweight (76.4 kg)

Imp: ?calciphylaxis - needs tissue. Ddx septic embolus (afebrile, BCx pending), vasculitis.
Plan: derm urgent, stop calcitriol, start cinacalcet, dietitian re phos.
"""),
("2024-12-03", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
66F HD pt, R forearm nodule since early Nov 2024.

Bx 11/26/2024 (R proximal forearm, telescoping punch): calciphylaxis - arteriolar calcium
deposits in the subcutis, lumens thrombosed, fat necrotic.
Blood cultures negative x2.

Exam: R proximal forearm plaque 3.5x3cm, eschar 1.2 cm. Full skin check: nothing else.
AVF arm fine.

Dx: calciphylaxis R proximal forearm, biopsy-confirmed.
Plan: thiosulfate with dialysis; dressings (hydrogel + foam held on with tubular bandage, no
adhesive on the skin); pain service; no tennis for now. Insulin per endo.
BMI 29.9
"""),
]}

A09 = {"patient_id": "A09", "age": 70, "sex": "M", "notes": [
("2016-04-05", "Sports Medicine Procedure Note", """
SPORTS MEDICINE - PROCEDURE
70 yo M, 70+ singles tennis at the Brookhollow club, L knee pain x 1 yr.
XR: L knee medial compartment narrowing, KL grade 3. Failed PT + bracing.
PMH: ESRD on dialysis (MWF); atrial fib treated with warfarin (INR today 2.4,
ok to proceed below 3.0); HTN; BPH. No DM.

Procedure: L knee viscosupplementation, injection 1 of 3.
Consent signed after discussing bleeding (on warfarin), infection, post-injection flare.
Supine, knee extended; superolateral approach. Chlorhexidine, ethyl chloride spray.
21 g needle, 6 mL hylan G-F 20 into the L knee joint, no effusion aspirated.
Pressure held 5 min. Band-aid. Tolerated well.

Vitals: BP 144/70, HR 64 irreg, wt 80.3 kg, BMI 26.5
Plan: injections #2 and #3 on 4/12 and 4/19; no singles play 48 h after each; ice discussed -
pt prefers not. RTC after series.
"""),
("2016-06-14", "Hemodialysis Rounding Note", """
HD rounds - Millbrook Kidney Center
70M, ESRD (ADPKD), MWF, R IJ tunneled cath while new AVF matures.

S: painful patch R inner knee x 2 wks, worse with tennis, now stopped playing. L knee much
improved since the gel shot series (4/5, 4/12, 4/19).
O: BP 150/78 pre. UF 2.1 L.
R medial knee: 4 x 3 cm indurated retiform purpura with central eschar, very tender. L knee skin
normal, injection sites healed, no lesions.
Labs: INR 2.5, PTH 610pg/mL, Phos 6.9, Ca 9.2, Alb 3.5
Impression and plan:
1. ?calciphylaxis R medial knee - derm for bx this week.
2. warfarin - raise w/ cardiology; calciphylaxis risk.
3. binder adjust, cinacalcet start.
"""),
("2016-06-28", "Dermatology Consult", """
DERM CONSULT
Bx 6/21/16 (R medial knee, deep incisional) - path reads calciphylaxis: calcified arterioles in
fat, thrombosed, surrounded by necrotic adipose tissue.

Exam: R medial knee plaque 4.5x3.5cm, 1.5 cm eschar, livedo extending 3 cm onto the distal
medial thigh. No other lesions.
Hx: pt denies any fall, bump, brace or injection involving the R knee. The viscosupplement series
was given into the L knee, whose skin is normal.

Dx: calciphylaxis of the R medial knee, biopsy-proven; no trauma to that side.
Plan: STS during HD. Cardiology will switch warfarin over to apixaban. Alginate dressings.
No further joint injections for now.
"""),
]}

A10 = {"patient_id": "A10", "age": 58, "sex": "M", "notes": [
("2021-03-23", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
58M, T1DM (dx at 14), on pump therapy - insulin infusion site rotated on the abdomen;
ESRD - CAPD, four exchanges daily. Plays 50+ rec ice hockey (D-man) Sunday nights.

S: tender spot on R shin since early March, getting bigger, hurts at night. Denies being hit by a
puck or stick there, no falls.
O: BP 138/84, HR 72, BMI 25.2 (79.0 kg).
R anterior mid-shin: 2 cm violaceous nodule with livedo around it, very TTP. No warmth.
Exit site: clean and dry.
Labs: PTH 480 / Ca 10.0 / Phos 7.0 / Alb 3.2 / HbA1c 7.8

A/P: painful nodule R shin. Ddx calciphylaxis, erythema nodosum, deep bruise. Derm to biopsy.
No warfarin, never. Advised no hockey until seen.
"""),
("2021-04-06", "Dermatology Procedure Note", """
DERMATOLOGY PROCEDURE NOTE
Procedure: deep incisional biopsy, R anterior shin
Indication: painful nodule/plaque R shin since early March 2021, r/o calciphylaxis

Lesion today violaceous, 3 by 2.5 cm, 6 mm central eschar.
Consent obtained. 1% lidocaine w/ epi. Elliptical incisional wedge, 2.5 cm long, into fat,
taken across the edge of the lesion. Layered closure 4-0 Monocryl / 5-0 nylon. Petrolatum,
non-stick pad, paper tape.
Specimens: H&E + von Kossa; tissue for culture.
Tolerated well. Suture removal 14 days. Pt told to keep the leg protected.
"""),
("2021-04-20", "Athletic Trainer Note", """
ATHLETIC TRAINER NOTE - Northgate 50+ Hockey League, rink-side
Date of injury: 04/18/2021, 3rd period

Player (58M) took a deflected slapshot puck square on the R shin.
He tells me he has "that calciphylaxis spot" on the R shin, biopsy earlier this month, and that
his skin doc told him not to play. Impact landed on / next to the known lesion and biopsy site.
Findings: bleeding from the biopsy wound edges, 2 sutures pulled through, surrounding swelling.
Cleaned with saline, non-adherent dressing, light wrap.
Strongly advised no further play until cleared. Contacted derm office Monday 4/19; seen there
tomorrow.
Athlete on peritoneal dialysis, insulin pump; BG 164 on his meter post-game.
"""),
("2021-05-04", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP
Path (4/6/21, R shin): calcified media, small arteries of the subcutis; thrombi; necrotic fat ->
calciphylaxis.

Since the puck strike of 4/18 the R shin ulcer has widened to 5 x 4 cm w/ 2.5 cm eschar; wound
dehisced, healing by secondary intention.
Comment: the lesion began in early March, roughly 6 weeks before the puck injury, so the injury
did not start it; it aggravated an established calciphylaxis ulcer.

Plan: STS via infusion center 3x/wk; nephrology optimizing phos; wound care clinic referral; no
hockey this season.
Wt 80.6 kg, BMI 25.6.
"""),
]}

A11 = {"patient_id": "A11", "age": 72, "sex": "F", "notes": [
("2018-01-16", "Wound Care Clinic Note", """
WOUND CARE CLINIC - new patient
72F. ESRD, dialyzed Mon/Wed/Fri afternoons. DM type 2 on insulin, which she injects behind each
upper arm, left and right in turn, never the abdomen ("I can't see my tummy to do it").
Plays 9 holes in a women's league, rides a cart.
Wound: L lower abdominal pannus. Onset mid-December 2017. Bx 1/9/2018 at an outside derm office
confirmed calciphylaxis.

Assessment: L lower pannus ulcer 6.5x4.0x0.5cm; slough (yellow) covers 60% of the bed,
black eschar 40% along the edge, periwound violaceous induration 2 cm, mod serous exudate, no odour. Pain 8/10.

Procedure: CSWD - slough removed with a ring curette after 4% lidocaine cream x 20 min; scant
bleeding, hemostasis with pressure. Calcium alginate, ABD pad, abdominal binder loosely.
BMI 42.7, class III obesity. Not on warfarin.
Plan: weekly; STS per nephrology; consider NPWT if clean.
"""),
("2018-02-13", "Sports Physiotherapy Note", """
PHYSIOTHERAPY - RETURN TO GOLF PROGRAM, session 3

S: "I want to play the spring scramble." Abdominal wound sore but less so. Fatigue after HD days.
NPWT to the L lower pannus wound since 1/30 (wound clinic), canister on her belt.
O: 6MWT 290 m. 30s STS 8 reps. TUG 11.8 s. Trunk rotation limited by wound/NPWT drape - avoided
flexion/rotation drills that crease the pannus.
Tx: seated putting practice 10 min, standing balance w/ UE support, step-ups, cool-down.
A: deconditioning + wound limits; progressing slowly.
P: 2x/wk on non-HD days; insulin-treated DM - check BG before each session (today 142).
"""),
("2018-03-20", "Nephrology Clinic Note", """
NEPHROLOGY
72F, ESRD on HD, calciphylaxis L lower pannus (bx 1/9/18), on STS since 1/12.

Wound clinic update: second sharp debridement 3/6; NPWT stopped 3/13, now hydrofiber + foam.
Wound 4.1 cm by 2.6 cm, granulating. Pain 4/10.
Labs: PTH 390, Ca 9.0, Alb 3.4, PO4 5.1
Meds: insulin detemir, lispro, sevelamer, cinacalcet, STS with HD.
BMI 42.3.
Plan: continue STS to 12 wks then reassess; continue phosphate control; she may start walking
the course with a cart in April.
"""),
]}

A12 = {"patient_id": "A12", "age": 61, "sex": "F", "notes": [
("2025-02-11", "Sports Medicine Clinic Note", """
SPORTS MEDICINE CLINIC
61 yo F masters runner (half-marathons, F60 age group). L hip pain x 3 mo on runs > 10 km.
Also: new tender lump on L front of thigh for about a week. Denies a fall, bump, injection,
compression gear, or heat/ice on the thigh.

PMH: A-fib (warfarin); HTN; ESRD, hemodialysis MWF; DM2 (no meds, diet; HbA1c 6.6%).
Exam: L hip flex/IR painful at end range, FADIR +, gluteal tendons non-tender. L anterior mid
thigh: firm violaceous tender plaque, 3x2.5cm, faint livedo.
Vitals: 128/76, 68, Ht 163.8 cm, Wt 82.1 kg, BMI 30.6

Imp: 1) L hip pain, likely early OA. 2) L thigh plaque - concerning given dialysis + warfarin.
Plan: XR L hip. We may offer a L hip intra-articular steroid injection next visit if XR shows OA.
Same-week derm referral for the thigh.
"""),
("2025-02-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
61F, hemodialysis; takes warfarin for AF. Tender L anterior thigh plaque since early Feb.

Bx 2/14/25, L thigh, deep incisional. Read as calciphylaxis: calcified small arterioles deep in
the fat, occlusive thrombi, necrotic adipocytes.
Exam: plaque 4 x 3 cm, new central eschar 8 mm.
She again denies any injury, injection, tight garment or hot/cold application to the thigh.

Dx: calciphylaxis L anterior thigh.
Recs: please cancel the planned L hip steroid injection. Avoid ice packs, heating pads, tight
leggings and any injections into the legs. Ask cardiology about stopping warfarin. STS with HD.
"""),
("2025-03-18", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC
61F ESRD on HD MWF; calciphylaxis L anterior thigh (bx 2/14/25) on STS since 2/24.

Warfarin stopped 2/26, now apixaban 2.5 BID. Hip injection was not done.
DM: A1c 7.1 now, still diet only. May need insulin later if sugars climb - not on it now.
Wound: eschar 1 cm; surrounding rim less purple. Pain 5/10, gabapentin 100mg post-HD.
Labs: Ca 9.3 | PO4 5.8 | iPTH 420 | Alb 3.6
Wt 82.0 kg, BMI 30.6

Plan: three more months of STS; cinacalcet titrate; no running until healed; pool walking ok
once the wound closes.
"""),
]}

A13 = {"patient_id": "A13", "age": 68, "sex": "M", "notes": [
("2019-05-14", "Athletic Training Injury Evaluation", """
ATHLETIC TRAINING - INJURY EVAL
Harbor City Masters Track Club. Athlete 68 M, 400 m / 4x400 relay (M65).

MOI: at the 5/11/19 meet stepped on the curb coming off the bend, inversion of L ankle, fell and
scraped the outside of the ankle on the track surface.
Findings: swelling + ecchymosis lat L ankle, TTP ATFL and CFL, ant drawer mild laxity, talar tilt
neg. Abrasion 3 x 2 cm over the L lateral malleolus, clean.
Grade II L lateral ankle sprain.
Tx: abrasion cleaned, hydrocolloid; lace-up ankle brace fitted; crutches WBAT x 3 d.
Med: ESRD on PD (cycler at night), apixaban for AF (never warfarin), no DM.
Wt 70.2 kg, Ht 171 cm, BMI 23.9.
Plan: ankle rehab 3x/wk in AT room, brace for all running x 6 wks.
"""),
("2019-06-25", "Peritoneal Dialysis Clinic Note", """
PD CLINIC
68M on CCPD. New: painful firm area on back of L lower leg since early June. Stopped the brace
6/1 when the ankle felt stable.

O: BP 140/82, afebrile.
L posterior mid-calf: indurated plaque 5x4cm with retiform purpura, exquisitely tender.
L lateral ankle: abrasion healed, pink flat scar.
Labs: PTH 720 | PO4 6.6 | Ca 10.2 | Alb 3.1

Meds: apixaban 2.5 BID, calcitriol 0.25, sevelamer 800mg TID, amlodipine. Effluent clear, UF
stable, no peritonitis episodes this year.

A/P: ?calciphylaxis L calf - derm bx. Start cinacalcet, adjust binder. Pain: acetaminophen
scheduled, tramadol avoided. Told him to hold off running and track workouts until we know.
"""),
("2019-07-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 7/2/19, L posterior calf: calciphylaxis (calcified septal arterioles, thrombi, fat necrosis).

Exam: 5.5 by 4 cm plaque, L posterior mid-calf, roughly a hand-span (~15 cm) higher than the
lateral malleolus and well above where the lace-up brace ended. The L ankle abrasion from the
May sprain healed uneventfully with a flat scar; no lesion at the ankle.

Dx: calciphylaxis L posterior calf, remote from the ankle sprain, the abrasion and the brace.
Plan: STS IV (infusion centre, since on PD); wound care; pain control. Apixaban continues.
"""),
]}

A14 = {"patient_id": "A14", "age": 63, "sex": "F", "notes": [
("2025-11-18", "Athletic Trainer Note", """
AT NOTE - Walking Football (55+), Riverside Sports Dome

63 F player. Slipped on wet turf 11/15/2025 and landed on her R knee: turf abrasion over the
patella, 4 by 3 cm, superficial, some grit. Also a 2 cm blister on the posterior L heel after her first
match in new turf shoes.
Tx: abrasion irrigated, grit removed, hydrogel + bordered foam. Heel blister left intact, padded
with moleskin donut. Advised to break the shoes in slowly.
Hx per pt: kidney failure on hemodialysis TTS, type 2 diabetes on tablets (linagliptin), no
insulin.
F/u next session; see her dialysis doctor if redness or drainage.
"""),
("2026-01-13", "Hemodialysis Rounding Note", """
HD ROUNDS
63F ESRD 2/2 DM2, TTS, L radiocephalic AVF.

S: painful, firm patches of the inner thigh on each side since Christmas, worse when walking.
Meds unchanged.
O: BP (pre) 158/84. Wt 93.6 kg, BMI 34.9 (obese).
Medial thighs: indurated violaceous plaques, R 6 by 4 cm, L 5 by 4 cm, edges retiform; small
eschar on the R.
R knee: turf abrasion healed, pink. L heel: dry scab, no erythema.
Labs: PTH 930 | Phos 7.3 | Alb 3.2 | Ca 9.6

Assessment: ?calciphylaxis, both thighs. Derm biopsy requested. Calcium carbonate discontinued;
cinacalcet started.
"""),
("2026-01-27", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 1/20/26 (R medial thigh): calcified vessel walls, thrombi and necrotic fat - calciphylaxis.

Exam: bilateral medial thigh plaques as described by nephrology, R with 1.5 cm eschar.
No injections, pressure garments, chafing or injury involving the thighs by hx.
R knee: healed turf abrasion w/ normal scar. L heel: resolving friction blister. Both are ordinary
healing wounds; neither shows features of calciphylaxis.

Diagnosis: calciphylaxis, medial thighs bilaterally.
Plan: sodium thiosulfate during dialysis 3x/wk; wound care with hydrofiber and foam, secured with
tubular netting; gabapentin low dose post-HD; pain mgmt. She may keep doing seated upper-body drills with
the walking football group but no matches until healed. BMI 35.1.
"""),
]}

PATIENTS = [A08, A09, A10, A11, A12, A13, A14]

"""probe85 corpus notes, E01-E07 (vascular surgery and limb-salvage clinic; all invented)."""

E01 = {"patient_id": "E01", "age": 63, "sex": "F", "notes": [
("2019-07-15", "Vascular Surgery Clinic Note", """
VASCULAR SURGERY - POSTOP / ESTABLISHED PT
Pt: Rosalind Vierra, 63F
s/p R CFA->AK popliteal PTFE bypass (6 mm ringed), done 5/28/19 by Dr. Lindqvist.

HPI: Doing ok from the graft standpoint, walking to mailbox w/o calf cramping. Post-op graft was sluggish on duplex so enoxaparin 80 mg SC q12h was begun 06/03/2019 as a bridge, and the home health RN has been giving every dose into the R lower abdomen. Pt reports an exquisitely tender purplish patch that appeared 3 wks ago in exactly that area. Now has a dark center. Rates pain 9/10, cannot sleep on her R side.
PMH: ESRD (HD, L upper arm BC fistula, Mon-Wed-Fri chair 14), DM2 (linagliptin, never on insulin), HTN, PAD. Warfarin started 6/20 - INR 2.4 last wk.

Exam: R groin and AK incisions healed, no erythema. Graft pulse palpable. DP/PT monophasic by doppler.
Abd: RLQ 6 x 4 cm violaceous retiform plaque w/ stellate central black eschar, surrounding livedo, very tender to light touch. L abdomen clean.
Ht 160 cm, Wt 93 kg, BMI 36.4

Graft duplex today: PSV 68-92 cm/s through graft, no stenosis. ABI R 0.91 (was 0.44 preop).

A/P:
1. R fem-AK pop bypass - patent, good result
2. Necrotic RLQ abdominal plaque at enoxaparin injection sites in HD pt on warfarin - strongly worried abt calciphylaxis -> derm today, needs punch bx. Stop abdominal shots; INR therapeutic so enoxaparin can stop today.
3. Will let nephrology know (Dr Okonjo).
RTC 4 wks w/ graft duplex.
"""),
("2019-07-18", "Dermatology Consult", """
Derm consult, requested by vascular surgery.
63 y/o woman on hemodialysis, recent lower extremity bypass, referred for painful abdominal plaque.

She tells me the home nurse put "the blood thinner shots" into her R belly starting the first week of June, always within a palm's width of the navel. The plaque is in the same spot.

Exam: right lower quadrant, 6.5 x 4 cm indurated stellate purpuric plaque topped with tenacious black eschar; netlike violaceous livedo at the margin. No fluctuance.
Procedure: after 1% lido w/ epi, two 4mm punches (indurated edge); sutured 4-0 Prolene.

Path (Dr Haugen; prelim same afternoon, signed out 7/18): arteriolar wall calcium throughout the panniculus, proliferated intima, scattered microthrombi, septal fat necrosis; the von Kossa is strongly positive.
Dx: calciphylaxis (CUA) proven by biopsy, arising where her enoxaparin was injected.
Recs: sodium thiosulfate with HD (nephrology to dose), switch warfarin to an alternative when graft team agrees, wound care team, no injections to abdomen or thighs.
"""),
("2019-08-20", "Wound / Limb Salvage Clinic", """
LIMB SALVAGE CLINIC f/u

Reason for visit: calciphylaxis RLQ abdomen + graft surveillance

Interval: STS 25g IV given w/ every dialysis since 7/22. Vasc team agreed to switch coumadin to apixaban on 8/2; she has been off warfarin since. Pain down to 5/10.
Wound RLQ: 6 x 4 cm, eschar dry and stable, edges less purple, no drainage, no odor. Left in place; no debridement today.
Wt 91.8 kg, BMI 35.9.
R leg: graft palpable, foot warm, no tissue loss.
Plan: continue STS, dry gauze + ABD pad, recheck in 3 wks. Graft duplex in Oct.
"""),
]}

E02 = {"patient_id": "E02", "age": 71, "sex": "M", "notes": [
("2022-01-24", "Limb Salvage Clinic - New Patient", """
LIMB PRESERVATION CENTER - NEW CONSULT
Referring: Dr. P. Amundsen (nephrology)
CC: "both my legs burn at night and now they have black spots"

71 y.o. gentleman, PD (cycler overnight, 3 yrs), insulin-requiring type 2 diabetic (glargine 18u + lispro SS), CAD s/p CABG 2016. Nightly rest pain in both calves, so for comfort he has slept in his lift chair with an electric heating pad wrapped around both calves on the high setting every night since Thanksgiving. His wife first saw dusky purple mottling over the back of each calf in early January; it hardened, then went black in the middle.
No warfarin. ASA + atorvastatin.

Exam: BMI 27.3. Femoral pulses 2+ bilat, popliteal faint, pedal non-palpable.
R posterior calf: 5.2 x 3.1 cm retiform purpuric plaque w/ central necrotic eschar.
L posterior calf: two 2-3 cm stellate eschars on a livedoid background.
Both calves show a reticulated brown pigment too (erythema ab igne).
Feet: no ulcers, cap refill 4 sec.

Noninvasive:
ABI: vessels noncompressible bilat (>1.3), not interpretable
TBI R 0.31 / L 0.38
Arterial duplex: diffuse calcified tibial disease bilat, monophasic distal signals.

Impression: bilateral posterior calf necrotic plaques in a PD patient where the heating pad rested nightly. Ddx thermal burn vs calciphylaxis vs ischemic ulceration; the retiform morphology argues for calciphylaxis.
Plan: STOP heating pad. Angio of RLE w/ possible tibial intervention next wk. Derm for biopsy of calf edge.
"""),
("2022-02-02", "Procedure Note - Angiogram", """
PROCEDURE: RLE angiogram, R AT balloon angioplasty
Surgeon: Dr. Okwuosa | Anesthesia: MAC
Access: L CFA retrograde, US guided, 5Fr, up-and-over to R SFA. Contrast: 45 mL (pt on PD; neph aware).
Findings: SFA/pop patent w/ heavy calcification. AT occluded proximally, reconstitutes at mid-calf. PT and peroneal diffusely diseased.
Intervention: 2.5 x 120 mm balloon to AT, good inline flow to the foot afterwards.
Closure: Angio-Seal to L CFA. No hematoma.
Note: posterior calf eschars again seen, biopsy pending w/ derm - calciphylaxis still suspected.
Dispo: home same day, ASA/clopidogrel.
"""),
("2022-02-09", "Dermatology Note", """
Derm f/u - biopsy results
Biopsy (1/28), edge of the L posterior calf plaque: Monckeberg-type medial calcium in subcutaneous arterioles, thrombosed lumina, lobular fat necrosis; nothing to suggest a burn.
Assessment: calciphylaxis of both posterior calves, proven on biopsy, in a PD patient. Lesions arose on the very skin he had been baking under the pad night after night since late Nov; heat injury likely acted as the trigger. The brown reticulated pigment is erythema ab igne and is separate.
Recs: no heat to the legs; nephrology to start STS and intensify PD clearance; wound team q wk.
"""),
]}

E03 = {"patient_id": "E03", "age": 58, "sex": "F", "notes": [
("2023-03-07", "Vascular Clinic - Venous", """
VEIN CLINIC
58 yo F. ESRD; dialyzing TTS in center by a R IJ tunneled catheter until the new fistula is usable. AFib, anticoagulated w/ warfarin. Nondiabetic, A1c 5.3.
Sx: heavy aching L leg at end of day, ankle swelling, spider veins. No ulcers.
Venous duplex (L): 2.8 sec of reflux in the GSV, SFJ down to knee, no DVT. SSV competent.
ABI 1.04 R / 1.01 L.
Exam: BMI 33.8. L medial ankle corona phlebectatica, mild pitting edema to mid-shin, skin intact.
A/P: CEAP C3 L. Fitted today with a 20-30 mm Hg below-knee graduated stocking for the L leg, to be worn daily, off at bedtime. Leg elevation. Return 3 mo, consider RFA if not better.
"""),
("2023-05-16", "Vascular Clinic - Urgent Add-on", """
Urgent add-on. Pt called re: "black sore under my stocking".
Has put the L compression stocking on every morning since the March fitting, no days off. On 05/02/2023 she noticed a tender purple ridge on the L upper calf, exactly where the top elastic band of the stocking sits. It has since turned into a firm dusky plaque with central blackish necrosis, 4 cm wide, curving around the back of the calf in the shape of the band.
Pain out of proportion. No fever. Stocking stopped 3 days ago on her own.
INR 2.9 on warfarin. BMI 34.0.
A/P: necrotic plaque L upper calf at compression band line, HD + warfarin. Calciphylaxis vs pressure necrosis. Derm today for bx. Hold compression.
"""),
("2023-05-30", "Dermatology Consult Follow-up", """
DERMATOLOGY
Bx result reviewed w/ pt: deep incisional specimen (L upper posterior calf): ring-like calcium around small subcutaneous vessels, fibrin thrombi, necrotic fat lobules, VK+.
Final dx: calciphylaxis, L calf, localized precisely to the band of her compression stocking (friction and pressure there since March).
Plan: warfarin -> discuss w/ cardiology re apixaban. STS started by nephro. Wound care weekly. Do not resume compression on L leg for now.
"""),
]}

E04 = {"patient_id": "E04", "age": 66, "sex": "M", "notes": [
("2020-09-28", "Postoperative Visit", """
POST OP - Vascular surgery
66M s/p R CFA to BK pop bypass w/ ipsilateral reversed great saphenous vein (vein harvested through a R medial thigh incision) on 9/14/2020 for R heel ulcer / CLTI.
ESRD, HD 1st shift MWF at Kessler Ave unit; DM2, Lantus 30 u qhs, coumadin for graft (goal INR 2-3).
Incisions: R groin clean, medial thigh harvest line clean w/ staples, dry; BK incision ok. Staples out today.
Heel wound smaller. Doppler: graft signal strong.
BMI 30 (ht 183, wt 100.5).
F/u 6 wk w/ graft scan.
"""),
("2020-12-08", "Vascular Surgery Clinic", """
Graft surveillance / new complaint

Since late November Mr. Baptiste has had increasingly painful purple-black patches along the healed vein harvest incision on the inner R thigh. Started as 2 small firm spots at the scar and now a 12 cm strip of violaceous induration with 3 necrotic islands along the scar line. No drainage.
Graft duplex: widely patent, PSV 85 cm/s, no stenosis. ABI R 0.86.
Heel ulcer healed.
Imp: necrotic plaques along the vein-harvest scar on the R inner thigh in dialysis pt on warfarin - calciphylaxis vs late wound infection vs ischemic skin. Get derm/bx. Keep warfarin for now (graft).
"""),
("2020-12-17", "Dermatology Consult", """
Dermatology - inpatient consult (admitted for pain control)
Findings: R medial thigh, along a linear healed surgical scar, several eschars of 1-3 cm on an indurated livedoid violaceous base.
Incisional biopsy today from the scar edge. Frozen + permanent: subcutaneous small vessel calcification w/ thrombosis, no organisms on gram/GMS/AFB.
Diagnosis: calciphylaxis at the R thigh vein harvest incision (koebnerized to the surgical scar).
Recs: sodium thiosulfate at every dialysis session, d/c calcium carbonate, cinacalcet per renal, careful wound care.
"""),
]}

E05 = {"patient_id": "E05", "age": 74, "sex": "F", "notes": [
("2023-01-30", "Limb Salvage Clinic", """
LIMB SALVAGE / WOUND - new referral from PCP
74F. CKD stage 5 (eGFR 8), L forearm AVF created 11/2022, not yet started dialysis. HTN, PAD. No diabetes. On apixaban for prior DVT.

HPI: New Year's Eve she tripped on an icy front step and scraped her R knee on the concrete - a superficial abrasion that scabbed. On 01/19/23 the area around that scab became exquisitely painful and turned a deep purple, and over the following week a black leathery crust formed. Now 3.6 x 2.9 cm. Can't kneel, can barely bend knee.

Exam: R anterior knee - 3.6 x 2.9 cm black eschar, firmly stuck, ringed by violaceous retiform purpura. L knee normal.
Pedal pulses: DP 1+ bilat.
ABI R 0.94, L 0.97. Arterial duplex R leg: no significant stenosis.
BMI 24.1

Assessment: necrotic eschar R knee following fall, adequate perfusion. In a CKD5 pt this pattern raises calciphylaxis. Derm punch bx ordered; wound not ischemic.
"""),
("2023-02-06", "Dermatology Note", """
DERM - punch bx result, R knee
Path: vascular calcification of subcuticular arterioles w/ luminal occlusion, necrosis of overlying dermis. Consistent with calciphylaxis.
Comment: lesion arose at the site of her NYE fall abrasion.
Plan: d/w nephrology - plan to start HD soon. Low dose STS once on dialysis.
"""),
("2023-03-13", "Wound Clinic Follow-up", """
WOUND CLINIC
Now on HD via L forearm fistula since 2/15, Tu/Th/Sa. STS given at dialysis.
R knee calciphylaxis: eschar lifting at edges, 33x27mm, granulation at margin. Pain 4/10.
Dressing: hydrogel under foam, q48h changes.
BMI 23.8.
RTC 2 wks.
"""),
]}

E06 = {"patient_id": "E06", "age": 55, "sex": "M", "notes": [
("2025-02-10", "Vascular Surgery Consult", """
Vasc Surg consult - LUE lesion, r/o arterial insufficiency

55M, ESRD on home PD (CAPD 4 exchanges/day), DM1 since age 19 on MDI insulin, morbid obesity (BMI 41.2), HTN.
Started two months ago as a tender knot on his L posterior upper arm, now a black, dry, very painful patch ~7 x 5 cm surrounded by purple netlike discoloration. Pt self-injects his long-acting insulin into the back of the left arm and has done so since 2017 ("it's the only fat I can reach without my belly getting in the way").
No trauma otherwise. No warfarin ever.

Exam: L posterior upper arm eschar w/ surrounding livedo. Radial/ulnar pulses 2+ bilat.
LUE arterial duplex: triphasic axillary to radial. Digital PPG normal.

Imp: no arterial insufficiency. Lesion morphology and location (chronic insulin injection site) in ESRD/PD pt concerning for calciphylaxis. Not a vascular surgical problem; derm/neph referral, recommend bx.
"""),
("2025-02-20", "Dermatology Clinic", """
Derm
Subj: referred by vasc surg. L arm "black spot" painful x 2 mo.
Obj: L posterior upper arm - 7.5 x 5 cm necrotic plaque, black eschar, violaceous retiform border.
Bx (2/12): calcification and thrombosis of small vessels in subcutaneous fat, fat necrosis = calciphylaxis.
A/P: calciphylaxis, biopsy confirmed, L upper arm, at his long-standing insulin injection site. Move insulin elsewhere; new site to be agreed with endo. STS via PD team.
"""),
("2025-03-24", "Limb Salvage Clinic", """
Multidisciplinary limb salvage clinic (vasc / wound / podiatry)
Known calciphylaxis L posterior arm. Insulin now given by pen into R lower abdomen.
Wound 7.1 x 4.4 cm, eschar intact, periwound less violaceous. Pain better w/ STS + gabapentin 100 mg post-exchange.
Feet: intact, monofilament absent bilaterally, no ulcer.
Wt 128 kg, BMI 40.7.
Plan: continue conservative care, no debridement for now.
"""),
]}

E07 = {"patient_id": "E07", "age": 69, "sex": "F", "notes": [
("2021-08-12", "Podiatry / Limb Salvage", """
PODIATRY - LIMB SALVAGE
69F. ESRD -> HD at Riverbend unit, MWF first shift. DM2, 70/30 insulin bid, neuropathy. BMI 29.4.
R plantar 1st met head neuropathic ulcer, 1.4 x 1.1 x 0.3 cm, granular base, probe to bone neg.
TBI R 0.62. Toe pressures adequate for healing.
Debrided sharply to bleeding tissue.
Offloading: fitted w/ R removable CAM walker boot today, ankle straps snug; to wear whenever up.
F/u 2 wk.
"""),
("2021-10-04", "Limb Salvage Clinic", """
Limb salvage f/u
Plantar ulcer: healed (closed 9/20).
NEW: R lateral ankle - about a month ago she noticed pain under where the upper strap of the CAM walker crosses the lateral malleolus; the skin went dusky-purple and is now a dry black eschar, 31x24mm with an indurated purpuric rim and livedo extending toward the heel. Very painful, more than her sensation would suggest.
TBI R 0.58. Duplex: patent tibials, calcified.
Imp: necrotic lesion at R lateral ankle strap contact point in HD pt; ddx device pressure injury vs calciphylaxis. Stop CAM walker. Refer derm for biopsy.
"""),
("2021-10-19", "Dermatology Consult", """
Derm: R lateral ankle bx (10/11) - medial calcification of arterioles within the septa, thrombi, extensive fat necrosis, no vasculitis. Diagnosis calciphylaxis.
The calciphylaxis sits right under the area the boot strap pressed on from mid-August; likely Koebner-type localization.
Plan: STS with HD, padding, no straps over the ankle. BMI today 29.6.
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]

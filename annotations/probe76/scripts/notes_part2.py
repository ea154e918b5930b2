"""probe76 corpus notes, D08-D14 (teledermatology e-consults and photo triage; all invented)."""

D08 = {"patient_id": "D08", "age": 72, "sex": "M", "notes": [
("2025-03-20", "Photo Triage - Dermatology", """
PHOTO TRIAGE -- portal upload by daughter (proxy access)
Daughter writes: "Dad has these awful sores on top of each thigh, they started on 3/3 and are getting darker. He sits at the kitchen table all day with his elbows dug into his thighs doing jigsaws, he has done that every day since he retired in 2015. Is this from that?? He's on dialysis."
Chart check by triage RN: 72M, ESRD on HD (Northgate unit), T2DM on insulin glargine + aspart. BMI 28.4 at last PCP visit. No anticoag.
4 photos: #1 and #2 each anterior thigh, #3 close-up L, #4 shows him sitting in the usual posture.
Routed: urgent derm review.
"""),
("2025-03-21", "E-Consult Response - Dermatology", """
Dermatology e-consult response (Dr. G. Vasquez-Ohm)
Photos: roughly symmetric oval violaceous plaques on the anterior mid thighs, right ~4 cm, left ~5 cm; black eschar centrally on the left one with a rim of livid net-like discolouration. Photo 4 shows his elbows landing exactly on these spots.
Impression: likely calciphylaxis, located where his elbows have pressed into the thighs for years. Differential: pressure necrosis alone, vasculitis.
Rec: in-person biopsy this week (please book), off-load the thighs (armrests, forearm cushion), nephrology to review minerals. No heat packs.
"""),
("2025-04-04", "Teledermatology Follow-up Message", """
Message to daughter and PCP:
The biopsy from the left thigh confirmed calciphylaxis. The right thigh plaque looks identical and we are treating both the same way. He has agreed to use a lap tray and to stop leaning on his legs. Thiosulfate on dialysis started this week. Weight unchanged, BMI 28.4.
"""),
]}

D09 = {"patient_id": "D09", "age": 61, "sex": "F", "notes": [
("2020-06-15", "Teledermatology E-Consult Request", """
Dermatology eConsult -- requested by L. Thibodeaux, NP (home & in-center dialysis program)
61 F, HD via L forearm graft, T2DM on NPH twice a day. BMI 38.0 (obese). No warfarin.
She is strict about injecting only into her right thigh ("it's where I've always done it") - there are soft lumps of lipohypertrophy there.
New: very painful black-centred lesion on the LEFT lateral thigh x 10 days. She denies any injections, knocks or heat on the left side.
Q: calciphylaxis? needs in-person?
"""),
("2020-06-16", "E-Consult Response - Dermatology", """
Reply from teledermatology (Dr. M. Quiroga)
Pics: left lateral thigh, star-shaped black eschar (about 4 cm), net-like violaceous rim and firm surrounding skin. Right anterior thigh: several soft skin-coloured lipohypertrophic nodules, no purpura, no ulcer.
Impression: suspect calciphylaxis on the left thigh. The injection area on the right looks fine.
Next steps: incisional bx of the L thigh lesion edge in person; minerals/PTH; wound RN. OK to keep injecting on the right but rotate within that area.
"""),
("2020-07-02", "Teledermatology Follow-up Message", """
FYI Ms Thibodeaux: biopsy of the L lateral thigh (6/22) - calciphylaxis, with calcified and occluded subcutaneous arterioles. STS started. Right thigh skin still normal on today's photo. Will follow by photo every 2-3 wk.
"""),
]}

D10 = {"patient_id": "D10", "age": 69, "sex": "M", "notes": [
("2023-08-22", "Photo Triage - Dermatology", """
PHOTO TRIAGE (spouse upload)
Wife's note: "Walter's left calf (the back of it) has had a sore since Aug 5th, it went from a purple patch to a black scab. Then two days ago he banged the front of the same shin on the wheelchair footplate and now there is a bruise there too. Nothing hit his leg before the sore came, we went over it."
RN triage: 69M, hemodialysis x 3 yrs, afib on warfarin (current), no diabetes. BMI 26.0.
Photos x3 -> derm queue, priority high.
"""),
("2023-08-23", "E-Consult Response - Dermatology", """
Tele-derm review (Dr. F. Adebayo-Kline):
- posterior L calf: 4 x 3 cm plaque, retiform purple border, central necrosis with black crust
- anterior L shin: fresh ecchymosis ~3 cm, intact skin, no purpura beyond the bruise
The calf lesion predates the footplate knock by about two weeks per the wife.
Impression: calciphylaxis vs warfarin necrosis for the calf; the shin is an ordinary bruise.
Plan: punch bx of the calf lesion edge (in person Fri), labs, pad the footplate.
"""),
("2023-09-08", "Teledermatology Follow-up Message", """
Path result (L posterior calf): calciphylaxis - calcium in vessel walls of the deep dermis/subcutis, thrombosis, necrotic fat. Pathologist does not think this is a coumadin reaction.
Shin bruise has resolved on the new photo. Nephrology + cardiology discussing anticoagulation. Thiosulfate begun.
"""),
]}

D11 = {"patient_id": "D11", "age": 57, "sex": "F", "notes": [
("2024-02-12", "Teledermatology E-Consult Request", """
eConsult - Dermatology. From: Dr Kwabena Asante (internal medicine)
57 yo F on PD (4 exchanges/day). Diabetic (type 2) - oral agent only, never insulin. BMI 44. Admitted in December 2023 with a PE; went home doing her own enoxaparin injections in the abdomen for 3 wks, then switched over to apixaban; no warfarin ever.
Since mid-January: painful mottled purple patches, lacy pattern, on BOTH calves, now with a few open sores. She has had no injections or injuries to the legs.
Q - vasculitis? calciphylaxis? Photos of both legs and her abdomen attached (6).
"""),
("2024-02-13", "E-Consult Response - Dermatology", """
TeleDerm answer -- Dr. J. Sandoval-Reyes
Legs: bilateral posterior calves with retiform purpura, several shallow ulcers, two with black eschar. Abdomen: a few faded yellow bruises from the enoxaparin, otherwise intact; no plaques, no livedo on the trunk.
Impression: favour calciphylaxis of the calves (PD, obesity, diabetes). Vasculitis less likely given retiform pattern, but the biopsy will sort it out.
Plan: 2 deep punch biopsies (lesion edge) in person; leg elevation; keep the compression off; renal to review binders.
"""),
("2024-03-04", "Teledermatology Follow-up Message", """
Results to Dr Asante: L calf biopsy shows calciphylaxis (calcified small arteries, thrombosis, panniculitis); DIF negative, no vasculitis.
Starting STS via PD team. Abdomen photos normal. Will re-review images monthly.
"""),
]}

D12 = {"patient_id": "D12", "age": 64, "sex": "M", "notes": [
("2021-01-25", "Teledermatology E-Consult Request", """
E-CONSULT (dermatology) -- from Alvarado Wound & Hyperbaric clinic
64M, ESRD (hemodialysis), insulin-treated type 2 diabetic who only injects his abdomen; took warfarin until 2019 for a LV thrombus, now off. BMI 33.5.
Since early January: new exquisitely tender, hard plaque, posterior R thigh, centre turning black. Nothing preceded it - he recalls no knock, never injects the legs, has not used heat.
Q: biopsy now or treat as calciphylaxis empirically?
Photos 2.
"""),
("2021-01-26", "E-Consult Response - Dermatology", """
Derm e-consult reply (Dr. C. Whitcombe)
Images: posterior right thigh - a 6 by 5 cm firm purple-violet plaque, black crust in its centre, lacy purpuric edge.
Probable calciphylaxis. I'd biopsy - a deep punch from the edge gives the answer and changes how hard we push thiosulfate. Booked 2/2.
Until then: gentle cleanse, non-adherent dressing.
"""),
("2021-02-16", "Teledermatology Follow-up Message", """
Follow-up for the wound clinic:
2/2 punch bx (R posterior thigh plaque) confirmed calciphylaxis.
Since then: sharp debridement of the eschar by your team 2/10; since the biopsy he has also been holding an ice pack to the plaque for the pain - please ask him to stop, cold may worsen ischemia. Some tape irritation at the dressing margins - switch to a silicone border.
No new lesions elsewhere on today's photos.
"""),
]}

D13 = {"patient_id": "D13", "age": 52, "sex": "F", "notes": [
("2019-03-04", "Photo Triage - Dermatology", """
PHOTO TRIAGE -- submitted by dialysis social worker on pt's behalf
52 F, HD since 2016, BMI 47. "Pre-diabetic", A1c 6.1, on no diabetic medication.
Painful firm area in the lower belly fold (under the pannus) for about two weeks. Pt very distressed, pain 10/10.
3 photos; lighting poor under the fold.
"""),
("2019-03-05", "E-Consult Response - Dermatology", """
TeleDerm (Dr. E. Rautenberg):
Lower abdominal pannus: broad violaceous indurated plaque with retiform edges and a dusky central zone, no clear eschar yet. Cannot exclude intertrigo/cellulitis from photos alone.
Concern for calciphylaxis of the pannus. Before I answer fully, pls ask her: any injections into the belly? heating pads or hot bottles? tight waistbands or a binder? falls or knocks?
Recommend in-person evaluation/admission for biopsy + pain control.
"""),
("2019-03-06", "Teledermatology Follow-up Message", """
Social worker reply: Spoke with her. She has never had injections into her stomach - no insulin, no heparin shots at home. Heat of any kind (pad, bottle) - never. She wears loose dresses, no belts or girdles. No falls. Her daughter confirms.
Derm: thank you, noted. She needs to come in.
"""),
("2019-03-20", "Teledermatology Follow-up Message", """
Inpatient update: biopsy of the pannus plaque (3/11) - calciphylaxis.
Primary team plans SC heparin for DVT prophylaxis during this admission; I requested arm sites only for those shots, nothing in the abdomen. Also advised no abdominal binder.
Pt still prediabetic, not on insulin. BMI 47.
"""),
]}

D14 = {"patient_id": "D14", "age": 75, "sex": "M", "notes": [
("2022-11-07", "Teledermatology E-Consult Request", """
E-consult for dermatology -- 3 separate problems, pics labelled a/b/c
From: PCP Dr. Yusuf Harrowgate
75M, hemodialysis for ESRD, diabetic (diet alone), no anticoag, BMI 22.0.
(a) bilateral medial thighs: painful dark patches noticed 3 weeks ago
(b) L forearm: skin tear from a fall in his garage on 10/30
(c) R heel: blister from new walking shoes, about 10 days
Q: are any of these the calciphylaxis we worry about in HD pts?
"""),
("2022-11-08", "E-Consult Response - Dermatology", """
Tele-derm answer (Dr. O. Petrakis)
(a) Medial thighs, both sides: violaceous retiform plaques with early central necrosis - concerning for calciphylaxis. Needs biopsy.
(b) L forearm: a flap-type skin tear, edges approximated, clean granulation; this is traumatic and healing, not calciphylaxis.
(c) R heel: intact friction blister / stage 2 pressure injury, no purpura, no eschar - not calciphylaxis. Off-load, change shoes.
Nothing to suggest the thigh changes followed any injury; he denies falls onto the legs.
"""),
("2022-11-28", "Teledermatology Follow-up Message", """
Bx R medial thigh (11/15): calciphylaxis.
L forearm tear healed. R heel blister re-epithelialising.
Counselled pt and wife: no heat packs or ice on the thighs, no IM injections into the thighs, pad his chair. Renal starting thiosulfate.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]

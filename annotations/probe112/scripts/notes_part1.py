"""probe112 corpus notes, F01-F07 (family medicine and primary care; all invented)."""

F01 = {"patient_id": "F01", "age": 72, "sex": "F", "notes": [
("2019-11-14", "Telephone Encounter", """
TC from pt's daughter Renata (on HIPAA form).
Says mom has "a black sore on her stomach" just to the left of the belly button, right in the spot she always uses for her Lantus. Per daughter it popped up 3 weeks ago, a hard red knot at first, then got darker and darker and its middle has gone black + leathery. Mom is crying w/ the pain at night, tylenol not touching it.
No fever per daughter. Dialyzes M/W/F over at Brookfield Kidney Ctr.
Advised appt tomorrow AM - scheduled w/ Dr. Vasquez 9:20. Daughter agreeable. If fever or spreading redness before then -> ED.
--- J. Pruitt, LPN
"""),
("2019-11-15", "Office Visit", """
CC: painful dark sore L abdomen

HPI: 72F w/ ESRD on HD (MWF, tunneled cath R chest), T2DM insulin-requiring, HTN, here w/ daughter. Started insulin in June 2018, glargine 18u qhs + lispro sliding scale, and she has put nearly every shot into the left lower quadrant ("my good eye is on that side"). Knot in that area first noticed ~3 wks back, now ulcerated. No trauma otherwise. No anticoag.

Exam: afebrile, BP 148/82. Weight 88.1, BMI=33.6.
Abd: LLQ about 4cm out from the navel - stellate black eschar 3.5x3cm, firm violaceous induration ringing it, net-like purplish mottling spilling ~2cm past that. Pt flinches at light palpation. Multiple small lipohypertrophic lumps across the same quadrant. R abdomen clear.

A/P:
1. Necrotic ulcer at insulin injection site, LLQ, in HD pt -> calciphylaxis is what worries me most. Derm referral marked urgent for bx, Dr Osei (nephro) messaged.
2. DM2: for now her shots move up into the upper arms; demo'd technique.
3. Pain: oxy 2.5 q6 PRN (#20), checked PDMP first.
RTC 2-3 wks or sooner.
"""),
("2019-12-09", "Office Visit", """
F/u LLQ wound.
Derm (Dr Lindqvist) did a punch on 11/22 - path = calciphylaxis. Little subcut vessels w/ medial calcium, thrombi, fat necrosis. Getting sodium thiosulfate with each HD run now, sevelamer increased, calcitriol held.
Wound care RN seeing her 2x/wk. Pain better, 5/10.
Exam: eschar unchanged in size, edges a little less angry. Wt 86.0 kg, BMI 32.9.
Insulin now going into the arms only; she knows the belly is off limits.
Plan: continue current. Cont oxycodone, refilled. See again Jan.
"""),
]}

F02 = {"patient_id": "F02", "age": 66, "sex": "M", "notes": [
("2021-01-19", "Patient Portal Message", """
From: Deborah Kaminski (proxy for Walter Kaminski)
Hello, writing for my husband Walt. Walt's knees (both of them) broke out in purplish blotches in the first week of January and by now there are a couple of spots on each one gone black & crusty. He says it feels like somebody is holding a lit match to them. He has had the electric heating pad wrapped across both knees every single night since Thanksgiving because of the arthritis, could he of burned himself?? His PD has been going ok, no cloudy bags. Can he be seen this week.
Thank you Deb
"""),
("2021-01-21", "Office Visit", """
S: 66M. Kidney failure, ~2 yrs of home PD (overnight cycler). Knee OA bilat. AF - takes apixaban, warfarin never used. Nondiabetic (HbA1c 5.4% in the spring). Wife's portal msg reviewed. Heating pad on both knees nightly since Thanksgiving, set on "high", and he usually dozes off with it still running. Patches since the 1st wk of Jan.

O: T 98.1 HR 78 irreg irreg. Ht 5'10" Wt 94 kg BMI 30.0.
Skin: anterior aspect of both knees - reticulated brown mottling consistent w/ erythema ab igne, and superimposed on it retiform purpura w/ areas of central dusky necrosis, R 5 x 4 cm, L 4 x 4 cm; black eschar forming in 2 spots on each side. Very tender. No blisters.

A: necrotic retiform purpura both knees in a PD patient, at sites of chronic heat exposure. Suspect calciphylaxis; burn less likely given pattern and pain.
P: stop heating pad. Called renal (Dr Haddad) - will see him Monday & arrange derm bx. Hydrocodone-APAP low dose prn. CBC, CMP, phos, PTH today.
"""),
("2021-02-16", "Office Visit", """
Walt back for f/u, wife present.
Bx of L knee lesion (2/1) read as calciphylaxis - arteriolar wall calcium deposits in the subcutis plus intimal hyperplasia and clot. Renal arranged sodium thiosulfate infusions thrice weekly in the PD unit chair, switched him to a non-calcium binder.
Knees: eschars still present, no new lesions, less purple at margins. Heating pad is in the garage now per wife.
BMI 30.0 (unchanged). Mood low, poor sleep due to pain -> start low dose mirtazapine.
RTC 4 wks.
"""),
]}

F03 = {"patient_id": "F03", "age": 59, "sex": "M", "notes": [
("2023-05-09", "Telephone Encounter", """
Pt called nurse line. States he has a "nasty bruise" on his R side a hand's width over the hip bone where the velcro strap of his back brace digs in. Says it appeared May 2nd, purple to begin with, and these days there's a black middle he describes as "quarter sized". Hurts to even touch the shirt against it. Denies fever. Denies falling or bumping it.
Wears the brace every day since he cracked a vertebra in March.
Offered appt Thurs, pt accepted. Told to leave the brace off until seen if he can tolerate it.
RN K. Amadi
"""),
("2023-05-11", "Office Visit", """
Chief complaint: painful R side skin lesion.

59 y/o M. PMH: ESRD - dialyzes Tu/Thu/Sat, needles in a L forearm fistula; mech AVR -> lifelong warfarin, Coumadin clinic target range 2.5-3.5 (valve); L1 compression fracture from a slip in the tub, March 2023, managed conservatively by ortho with a lumbosacral orthosis. Not diabetic. No insulin.
Has worn the LSO daily since it was fitted in March. Says he pulls the R lateral strap tight "or it rides up".

Exam: BMI 28.4. R flank, directly under the lower edge of the brace strap: indurated violaceous plaque, 6x4cm, stellate central black eschar about 2cm, faint livedo around it. L flank intact. Brace inspected: the strap edge lines up exactly with the plaque.

Imp: necrotic, very painful R flank plaque exactly where the strap has pressed for 2 months; he is on both warfarin and HD. Calciphylaxis heads my differential.
Plan: urgent derm bx; message to nephrology & cardiology re: anticoagulation options (mech valve limits choices). Foam padding under the strap. Recheck 3 wks.
"""),
("2023-06-01", "Office Visit", """
Follow-up.
Skin bx 5/16 (Dr Ferreira, derm): c/w calciphylaxis - subcutaneous arterioles ringed by calcium, fibrin clot in the lumen, fat necrosis next to them.
Cards: mechanical valve, warfarin continued for now, INR target relaxed to low end; renal started sodium thiosulfate on HD days.
R flank: eschar 2.2 cm, slight lifting at edges, no cellulitis. Using a different brace with a wider padded belt per ortho.
Pain now a 4 out of 10 w/ gabapentin 100 after each dialysis.
"""),
]}

F04 = {"patient_id": "F04", "age": 63, "sex": "F", "notes": [
("2024-08-27", "Post-op Check", """
63 yo F here for PCP post-op visit after open L inguinal hernia repair w/ mesh, done 08/12/2024 at Harlow General (Dr Pennington). Uneventful, discharged POD1.
PMH: ESRD, dialysis chair Tu/Th/Sa; DM2 - Humalog Mix 75/25 twice daily; HTN; hypothyroid. No anticoagulants.
Incision L groin 7 cm, well approximated, steri-strips off, no erythema, no drainage. Wt 90.7 kg, BMI 34.2.
Doing well. Lifting restrictions reviewed. RTC prn / 3 mo DM f/u.
"""),
("2024-11-06", "Patient Portal Message", """
Dr Abernathy I need to come in. My hernia scar in my left groin got a hard lump right in the line of the scar on Halloween night, I know the date because the trick or treaters were coming and it started to throb. Now its gone purple with black in the center and honestly it hurts way more then the operation did. I dont think its infected theres no pus. Dialysis nurse told me to message you
- Gloria Mendez
"""),
("2024-11-07", "Office Visit", """
63F ESRD/HD, insulin-treated DM2, s/p L inguinal hernia repair 8/12/24.
HPI: since 10/31 - painful firm nodule in the L groin scar that has darkened. No fever, no drainage. Has not injected insulin anywhere near the groin (uses abdomen above umbilicus).
Exam: along the mid portion of the L inguinal incision there is a necrotic plaque 3x2.5cm, black centrally, violaceous retiform edge, woody induration reaching 2cm medially. Tender way out of keeping with how it looks. Not fluctuant. Inguinal nodes not enlarged.
A/P: necrotic plaque within surgical scar in dialysis pt - ddx calciphylaxis vs. mesh infection / wound dehiscence. Surgeon contacted, will see her tomorrow. Derm bx requested. CBC, CRP, Ca, Phos, PTH. Limit Ca-based binders until seen.
"""),
("2024-12-03", "Office Visit", """
F/u. Gen surg felt no mesh infection (US no collection). Derm biopsy of the scar lesion 11/12: calciphylaxis (von Kossa + calcium deposits in vessel walls, thrombosed capillaries).
Nephrology (Dr Obi) started STS 25 g with HD, binder changed to lanthanum, cinacalcet started.
Exam: L groin eschar 3 cm, dry, no surrounding cellulitis. BMI 33.0 (down 3 lb).
A1c 7.6. Continue insulin, keep injections out of the lower abdomen and groin.
"""),
]}

F05 = {"patient_id": "F05", "age": 77, "sex": "M", "notes": [
("2025-02-05", "Telephone Encounter", """
Son (Marcus) called. Dad skidded on a patch of driveway ice this past Monday (2/3) heading out for his HD run, and took the skin off his right shin against the concrete step - long scrape about 3 in, bled a fair bit because he takes warfarin. They washed it and put a bandage on. No head strike, no LOC, walking fine.
Advised: keep clean, vaseline + nonstick dressing, watch for redness. INR check at dialysis unit this week. Call if it gets red/hot or he gets a fever.
- T. Okonkwo RN
"""),
("2025-03-04", "Office Visit", """
77M. ESRD/hemodialysis Mon-Wed-Fri. A-fib, warfarin (last INR 2.8). CAD. BPH. Not diabetic.
HPI: R shin scrape from his fall on 2/3 never fully healed. Ten days back the surrounding skin turned extremely painful, then a purple lace pattern spread out from it, and now there's a black, hard crust. Can't sleep.
Exam: front of R shin, halfway down - stuck-on black eschar 4x3.5cm sitting right over the old abrasion, surrounded by retiform violaceous patches to ~3 cm, indurated. Pedal pulses dopplerable. L leg no lesions. BMI 26.1.
Assessment: necrotic ulcer arising in a fresh abrasion, HD pt on warfarin - must exclude calciphylaxis; ddx infected traumatic wound, arterial ulcer.
Plan: derm bx (ref placed, urgent). ABI. Keflex renally dosed x 7d in case of superinfection. Discussed with Dr Yamamoto (renal).
"""),
("2025-03-20", "Office Visit", """
Re-check R shin.
Bx 3/10: calciphylaxis. ABIs noncompressible but toe pressures ok.
Warfarin stopped by cardiology -> apixaban 2.5 BID. Renal started STS w/ each run.
Wound: eschar 4 cm, being debrided at wound clinic weekly. Pain controlled w/ tramadol.
BMI 26.1. Son is changing dressings at home.
"""),
]}

F06 = {"patient_id": "F06", "age": 54, "sex": "F", "notes": [
("2022-04-08", "Hospital Follow-up", """
TCM visit, d/c 4/6 from St Brendan's after L popliteal DVT.
54F. ESRD managed w/ nightly cycler PD; HTN; obesity; sleep apnea (uses CPAP). Not diabetic.
Clot found on duplex 4/5, kept overnight for obs; enoxaparin (Lovenox) SC daily begun the morning of discharge, 04/06/2022, nothing before that. Renal pharmacist adjusted dose. Team chose not to use warfarin because of her kidney disease and calcification on prior imaging. She is giving the shots herself into her belly fat, taught in hospital.
Weight today 112, BMI 41.3.
Leg swelling improving. Will continue LMWH x 3 months then reassess. Anti-Xa level at next PD clinic.
"""),
("2022-06-10", "Patient Portal Message", """
Hi, its Tamsin Greer. Some of the places where I do my Lovenox shots on my tummy went rock hard and dark purple last month, I thought they were just bad bruises at first. One of them has opened up and the bottom of it looks black. It burns all the time even when nothing is touching it. The PD nurse took a photo and said I should see you or derm soon. I still have 3 weeks of shots left, should I keep going?
"""),
("2022-06-21", "Office Visit", """
54F PD pt on enoxaparin since 4/6 for DVT.
Lesions noted last month by pt at her injection sites, belly. Derm (Dr Marchetti) saw her 6/14 and biopsied one nodule: path shows calciphylaxis (tiny subcutaneous vessels calcified in the media & thrombosed, septal panniculitis). Derm letter reviewed.
Exam: periumbilical abdominal wall - five indurated violaceous subcutaneous nodules (1 to 3cm), a pair of them necrotic centrally, largest now an ulcer 1.5 cm with black base. Retiform purpura bridging two of them. Very tender. BMI 41.0.
A/P: calciphylaxis at enoxaparin injection sites. Switched to apixaban per hematology (no more injections). Renal arranging intraperitoneal / IV STS. Wound care referral. Oxycodone 2.5 mg prn.
"""),
]}

F07 = {"patient_id": "F07", "age": 70, "sex": "M", "notes": [
("2022-09-13", "Office Visit", """
CC: L shoulder pain x months.
70M. ESKD, hemodialysis at Riverside Dialysis three days a wk. DM type 2 controlled w/ linagliptin, insulin never needed. Gout.
L shoulder: pain w/ overhead reaching, night pain. No injury. Since early summer he's had a gel ice pack bandaged onto the L shoulder, over the top, several times daily, occasionally for an hour.
Exam: painful arc, + Hawkins, strength 5-/5 ER. Skin over shoulder normal today. BMI 29.9.
A/P: L rotator cuff tendinopathy. PT referral. Acetaminophen. Limit icing to 15-20 min w/ a cloth barrier. Avoid NSAIDs (ESKD).
"""),
("2023-02-02", "Telephone Encounter", """
Wife (Anneliese) called. Says since mid-January he has had a sore on the top of his left shoulder, "exactly where he puts that ice pack", that began as a purple blotch, then crusted over black w/ redness circling it. He yelps if she goes near it. He is still icing it because "it numbs it".
Asked her to stop the ice. Appt 2/7 w/ Dr Hollander.
"""),
("2023-02-07", "Office Visit", """
70M HD pt. New L shoulder lesion since mid Jan.
States he kept icing the L shoulder daily all through last summer and fall and into winter.
Exam: superior L shoulder over the acromion/deltoid: black eschar 3.5x3cm, surrounding 2 cm rim of indurated violaceous skin with livedoid edge. Tender++. No fluctuance.
HD labs from last week - Ca 9.8 (corrected), phos high at 7.1, iPTH 640.
Imp: likely calciphylaxis at site of prolonged cold application; ddx frostbite/cold injury.
Plan: derm today via e-consult photos -> same-week bx arranged. Stop all ice/cold packs.
Addendum 2/17: biopsy result - calciphylaxis, confirmed by dermpath (calcified dermal/subcutaneous arterioles with thrombi). Renal notified; STS ordered w/ HD. BMI 29.9, no weight change.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
